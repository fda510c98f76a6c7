package io.khabar.model;

import java.util.Objects;

/**
 * A named entity mentioned in an article. {@code key} is the same for every spelling of one name
 * (زيلينسكي and زيلنسكي share it); {@code name} is how this article writes it, without clitics.
 */
public record Entity(String key, EntityType type, String name) {
  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
