package io.khabar.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns a fetched picture into a thumbnail (at most {@link #WIDTH}×{@link #HEIGHT}, JPEG), or says why
 * not. JPEG (TwelveMonkeys' reader), PNG, GIF, BMP and WebP are read; anything else is refused, SVG above
 * all (a script in it would run on the site's origin, and it is not a picture of anything). The size is
 * read from the header before any pixel is decoded, so a small file claiming a huge canvas (a
 * decompression bomb) is refused before it costs memory; large pictures are decoded subsampled.
 */
public final class Thumbnails {
  public static final int WIDTH = 320;
  public static final int HEIGHT = 200;
  public static final int MAX_BYTES = 5 << 20;
  public static final int MAX_SIDE = 12_000;
  public static final long MAX_PIXELS = 40_000_000L;

  static {
    ImageIO.setUseCache(false); // no temporary files
    ImageIO.scanForPlugins();
  }

  /** A thumbnail, or the reason there is none. */
  public record Result(byte[] jpeg, int width, int height, String rejected) {
    public boolean ok() {
      return jpeg != null;
    }

    static Result no(String reason) {
      return new Result(null, 0, 0, reason);
    }
  }

  private Thumbnails() {}

  public static Result make(byte[] bytes, String contentType) {
    if (bytes == null || bytes.length == 0) {
      return Result.no("empty body");
    }
    if (bytes.length > MAX_BYTES) {
      return Result.no("larger than " + (MAX_BYTES >> 20) + " MB");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("svg") || type.contains("html") || type.contains("xml") || looksLikeMarkup(bytes)) {
      return Result.no("markup (SVG, HTML or XML), not a picture");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Result.no("not a picture format Khabar reads");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
          return Result.no("claims " + w + "×" + h + " pixels (limit " + MAX_SIDE + " a side, " + MAX_PIXELS + " in all)");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.min(w / (2 * WIDTH), h / (2 * HEIGHT)));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        return okOf(scale(image));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return Result.no("broken picture: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse("")));
    }
  }

  private static boolean looksLikeMarkup(byte[] b) {
    int i = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      i = 3; // a UTF-8 byte order mark
    }
    while (i < b.length && Character.isWhitespace(b[i])) {
      i++;
    }
    return i < b.length && b[i] == '<';
  }

  /** Fits the picture in WIDTH×HEIGHT, keeping its proportions, on white (no alpha in a JPEG). */
  static BufferedImage scale(BufferedImage src) {
    double f = Math.min(1.0, Math.min((double) WIDTH / src.getWidth(), (double) HEIGHT / src.getHeight()));
    int w = Math.max(1, (int) Math.round(src.getWidth() * f));
    int h = Math.max(1, (int) Math.round(src.getHeight() * f));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static Result okOf(BufferedImage image) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.82f);
      writer.write(null, new IIOImage(image, null, null), p);
    } finally {
      writer.dispose();
    }
    return new Result(bytes.toByteArray(), image.getWidth(), image.getHeight(), null);
  }
}
