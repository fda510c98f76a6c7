package io.khabar.web.pages;

import io.javalin.http.Context;
import io.khabar.picture.PictureStore;
import io.khabar.web.NotFound;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Thumbnails on the pages: served from this origin ({@code /pictures/{id}}), shown only where one exists
 * (no picture, no empty box).
 */
public final class Pictures {
  /** How many of a story's texts are looked at for a picture. */
  static final int STORY_ITEMS = 20;

  private Pictures() {}

  /** The picture of the first of these articles that has one, or null. */
  static HomeView.Picture first(List<String> articleIds, String alt) {
    PictureStore store = DateView.options().pictures();
    if (store == null) {
      return null;
    }
    for (String id : articleIds.subList(0, Math.min(STORY_ITEMS, articleIds.size()))) {
      if (store.has(id)) {
        return new HomeView.Picture("/pictures/" + Links.encode(id), alt);
      }
    }
    return null;
  }

  public static void serve(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    PictureStore store = DateView.options().pictures();
    Path file = store == null ? null : store.find(id).orElse(null);
    if (file == null) {
      throw new NotFound("no picture for '" + io.khabar.web.Params.shorten(id) + "'", "لا توجد صورة لهذا المقال.");
    }
    ctx.status(200).contentType("image/jpeg").header("Cache-Control", "max-age=86400").result(Files.readAllBytes(file));
  }
}
