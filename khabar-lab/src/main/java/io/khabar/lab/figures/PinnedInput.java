package io.khabar.lab.figures;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An input's checksum when the figures were pinned; {@code path} says where it was read, for the reader. */
@JsonPropertyOrder({"name", "path", "sha256"})
public record PinnedInput(String name, String path, String sha256) {}
