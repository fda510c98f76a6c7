package io.khabar.cli;

import io.khabar.picture.PictureStore;
import io.khabar.picture.Thumbnails;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo sample's few pictures (sample/README.md): one per top story of the demo, keyed by the ANT article it
 * illustrates. {@code demo} installs them, and the load benchmark too, over the whole ANT corpus.
 */
public final class SamplePictures {
  private static final String FOLDER = "/sample/pictures/";

  private SamplePictures() {}

  /** The ids of the articles the sample has a picture for. */
  public static List<String> ids() {
    try (InputStream index = SamplePictures.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (index == null) {
        return List.of();
      }
      return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a resource of this jar
    }
  }

  /** Checks and scales each picture as a crawled one, into the data folder's thumbnails; returns how many. */
  public static int install(Path dataDir) throws IOException {
    PictureStore store = new PictureStore(PictureStore.folder(dataDir));
    int installed = 0;
    for (String id : ids()) {
      if (store.has(id)) {
        installed++;
        continue;
      }
      try (InputStream in = SamplePictures.class.getResourceAsStream(FOLDER + id + ".jpg")) {
        Thumbnails.Result t = in == null ? null : Thumbnails.make(in.readAllBytes(), "image/jpeg");
        if (t != null && t.ok()) {
          store.put(id, t.jpeg());
          installed++;
        }
      }
    }
    return installed;
  }
}
