package io.khabar.enrich.ner;

import static io.khabar.text.ArabicFolding.NAMES;

import opennlp.tools.util.ext.ExtensionLoader;

/** What the model sees of a token, identical at training and tagging time. */
public final class NerFeatures {
  static {
    // OpenNLP instantiates feature generators named in the model's descriptor only from allowed packages.
    ExtensionLoader.registerAllowedPackage("io.khabar.enrich.ner");
  }

  private NerFeatures() {}

  /** Makes sure the package is registered before a model is built or read. */
  public static void register() {
    // the static initializer did it
  }

  /** Folded tokens; a token of invisible marks only becomes a placeholder, never an empty string. */
  public static String[] modelTokens(String[] tokens) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String f = NAMES.fold(tokens[i]);
      out[i] = f.isEmpty() ? "_" : f;
    }
    return out;
  }
}
