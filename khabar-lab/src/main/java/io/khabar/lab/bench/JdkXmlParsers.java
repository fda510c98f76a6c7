package io.khabar.lab.bench;

import java.util.List;
import java.util.Map;

/**
 * The lab jar carries an old Xerces (boilerpipe's HTML parser needs it). Found first by JAXP, it refuses the
 * secure-processing properties OpenNLP sets, and OpenNLP logs a stack trace for each model it loads. The JDK's
 * own parsers take them: the lab names them, in its own JVM and in the child JVMs it starts.
 */
public final class JdkXmlParsers {
  private static final Map<String, String> FACTORIES = Map.of(
      "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
      "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");

  private JdkXmlParsers() {}

  /** In this JVM, from now on. */
  public static void use() {
    FACTORIES.forEach(System::setProperty);
  }

  /** The same for a child JVM, as {@code -D} options. */
  public static List<String> jvmOptions() {
    return FACTORIES.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).sorted().toList();
  }
}
