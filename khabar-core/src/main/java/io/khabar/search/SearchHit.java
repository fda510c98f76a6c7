package io.khabar.search;

import java.time.OffsetDateTime;

public record SearchHit(String id, String title, String source, OffsetDateTime published, float score,
                        Snippet titleSnippet, Snippet snippet) {}
