package io.khabar.lab.figures;

import java.nio.file.Path;

/**
 * A file or folder a section reads, under a name that does not depend on where it lies (`--shared` may point
 * elsewhere): the checksum pinned for {@code name} is compared whatever the path.
 */
public record Input(String name, Path path) {}
