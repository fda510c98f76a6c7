package io.khabar.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for reading article fields out of a JSON object. */
final class JsonFields {
  private JsonFields() {}

  /** The field as text: strings as they are, numbers as written, anything else (or absent) as null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    return v.asText();
  }
}
