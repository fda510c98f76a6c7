/**
 * Topics: the outlet's own category when it names one, else the shipped classifier (trained by the lab's
 * {@code train-topics}; docs/topics.md).
 */
package io.khabar.enrich.topic;
