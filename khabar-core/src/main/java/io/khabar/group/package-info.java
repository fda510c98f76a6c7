/**
 * Step 4, grouping at import: the {@link io.khabar.group.Grouper} an importer calls before storing each new or
 * changed article, and Khabar's, {@link io.khabar.group.ArticleGrouper}: the copy test first ({@code dedup}),
 * then the story ({@code story}).
 */
package io.khabar.group;
