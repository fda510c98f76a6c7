package io.khabar.model;

import java.time.OffsetDateTime;

/** What lists show of an article: no text, plus where it belongs. {@code story} may be null. */
public record Headline(String id, String title, String source, OffsetDateTime published, String url,
                       String story, String dupGroup) {}
