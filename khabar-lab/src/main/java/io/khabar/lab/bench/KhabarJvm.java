package io.khabar.lab.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a {@code khabar} child JVM on this JVM's class path (the built classes or the shaded jar),
 * with the JDK's XML parsers ({@link JdkXmlParsers}) as the lab itself runs.
 */
public final class KhabarJvm {
  private KhabarJvm() {}

  public static List<String> command(List<String> jvmOptions, List<String> khabarArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(JdkXmlParsers.jvmOptions());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.khabar.cli.Main"));
    cmd.addAll(khabarArgs);
    return cmd;
  }
}
