/**
 * Step 4, group stories: {@link io.khabar.story.StoryAssigner} decides at import which story (one event
 * across outlets) an article joins; {@link io.khabar.story.StoryRebuilder} rebuilds them all oldest first
 * ({@code restory}); {@link io.khabar.story.Stories} reads a story's full coverage and ranks stories.
 */
package io.khabar.story;
