package io.khabar.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;

/**
 * Connecting to SolrCloud, checking a collection, and creating one: Khabar's configset (shipped in
 * this jar) is uploaded under the name of its schema version, then the collection is created on it.
 */
public final class SolrSetup {
  /** The configset's files, as resources beside this class. */
  public static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "schema.xml");
  private static final String CONFIGSET_DIR = "configset/";

  private SolrSetup() {}

  /** The configset's name in ZooKeeper: one per schema version, so old and new collections can coexist. */
  public static String configsetName() {
    return SolrFields.SCHEMA_VERSION;
  }

  /** The schema version this Khabar writes and reads. */
  public static String schemaVersion() {
    return SolrFields.SCHEMA_VERSION;
  }

  static CloudSolrClient connect(SolrTarget target) throws SolrStoreException {
    try {
      return target.connect();
    } catch (Exception e) {
      throw unreachable(target, e);
    }
  }

  private static SolrStoreException unreachable(SolrTarget target, Exception e) {
    return new SolrStoreException("cannot reach SolrCloud at " + target.where() + " ("
        + SolrCalls.rootMessage(e) + "). Check that Solr runs in cloud mode and that the address is right ("
        + (target.zkHost() == null ? "--solr-url http://HOST:8983/solr" : "--zk HOST:2181[/chroot]") + ").", e);
  }

  /** The collection exists and was created by this version of Khabar; otherwise a message says what to run. */
  static void checkCollection(CloudSolrClient solr, SolrTarget target) throws SolrStoreException {
    List<String> collections;
    try {
      collections = CollectionAdminRequest.listCollections(solr);
    } catch (Exception e) {
      throw unreachable(target, e);
    }
    if (!collections.contains(target.collection())) {
      throw new SolrStoreException("SolrCloud at " + target.where() + " has no collection '" + target.collection()
          + "'" + (collections.isEmpty() ? "" : " (it has: " + String.join(", ", collections) + ")")
          + ". Create it with: ./khabar solr init " + target.option() + " --collection " + target.collection()
          + " --shards 2 --replicas 2");
    }
    String found;
    try {
      found = new SchemaRequest.SchemaName().process(solr, target.collection()).getSchemaName();
    } catch (Exception e) {
      throw new SolrStoreException("cannot read the schema of collection '" + target.collection() + "' at "
          + target.where() + ": " + SolrCalls.rootMessage(e), e);
    }
    if (!SolrFields.SCHEMA_VERSION.equals(found)) {
      throw new SolrStoreException("collection '" + target.collection() + "' at " + target.where()
          + " has schema '" + found + "', but this Khabar needs '" + SolrFields.SCHEMA_VERSION + "'"
          + " (it was made by another version of Khabar, or is not Khabar's). Create a new collection with "
          + "./khabar solr init " + target.option() + " --collection NEW_NAME --shards N --replicas R, import "
          + "into it, then point --collection at it.");
    }
  }

  /**
   * Uploads the configset (replacing one of the same version) and creates the collection.
   *
   * @return a line saying what was created
   */
  public static String init(SolrTarget target, int shards, int replicas) throws IOException {
    try (CloudSolrClient solr = connect(target)) {
      List<String> existing;
      try {
        existing = CollectionAdminRequest.listCollections(solr);
      } catch (Exception e) {
        throw unreachable(target, e);
      }
      if (existing.contains(target.collection())) {
        checkCollection(solr, target);
        return "collection '" + target.collection() + "' already exists at " + target.where()
            + " with schema " + SolrFields.SCHEMA_VERSION + ": nothing to do";
      }
      uploadConfigset(solr, target);
      try {
        CollectionAdminResponse r = CollectionAdminRequest.createCollection(target.collection(), configsetName(),
            shards, replicas).process(solr);
        if (!r.isSuccess()) {
          throw new SolrStoreException("Solr did not create collection '" + target.collection() + "': "
              + r.getErrorMessages());
        }
      } catch (SolrStoreException e) {
        throw e;
      } catch (Exception e) {
        throw new SolrStoreException("Solr did not create collection '" + target.collection() + "' ("
            + SolrCalls.rootMessage(e) + "). If it cannot load io.khabar.text.KhabarAnalyzer, put the Khabar "
            + "plugin jar in every node's SOLR_HOME/lib and restart them (docs/scale-out.md).", e);
      }
      return "created collection '" + target.collection() + "' (" + shards + " shards x " + replicas
          + " replicas, configset " + configsetName() + ") at " + target.where();
    }
  }

  /** Deletes the collection if it exists (benchmarks start from an empty one). */
  public static void deleteIfExists(SolrTarget target) throws IOException {
    try (CloudSolrClient solr = connect(target)) {
      if (CollectionAdminRequest.listCollections(solr).contains(target.collection())) {
        CollectionAdminRequest.deleteCollection(target.collection()).process(solr);
      }
    } catch (SolrStoreException e) {
      throw e;
    } catch (Exception e) {
      throw new SolrStoreException("cannot delete collection '" + target.collection() + "' at " + target.where()
          + ": " + SolrCalls.rootMessage(e), e);
    }
  }

  private static void uploadConfigset(CloudSolrClient solr, SolrTarget target) throws IOException {
    Path zip = Files.createTempFile("khabar-configset", ".zip");
    try {
      Files.write(zip, configsetZip());
      new ConfigSetAdminRequest.Upload().setConfigSetName(configsetName()).setOverwrite(true)
          .setUploadFile(zip.toFile(), "application/zip").process(solr);
    } catch (Exception e) {
      throw new SolrStoreException("cannot upload the configset to " + target.where() + ": "
          + SolrCalls.rootMessage(e), e);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  /** The configset as a zip, as Solr's configset API takes it. */
  public static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : CONFIGSET_FILES) {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = SolrSetup.class.getResourceAsStream(CONFIGSET_DIR + name)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Writes the configset's files into a folder (for {@code bin/solr zk upconfig}, or a test cluster). */
  public static Path writeConfigset(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : CONFIGSET_FILES) {
      try (InputStream in = SolrSetup.class.getResourceAsStream(CONFIGSET_DIR + name)) {
        Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }
}
