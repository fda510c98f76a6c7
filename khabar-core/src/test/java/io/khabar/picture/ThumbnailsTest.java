package io.khabar.picture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ThumbnailsTest {

  static byte[] picture(String format, int w, int h) throws Exception {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLUE);
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  @Test
  void aPictureBecomesASmallJpeg() throws Exception {
    for (String format : new String[] {"jpg", "png", "gif"}) {
      Thumbnails.Result t = Thumbnails.make(picture(format, 1600, 900), "image/" + format);
      assertTrue(t.ok(), format + ": " + t.rejected());
      assertTrue(t.width() <= Thumbnails.WIDTH && t.height() <= Thumbnails.HEIGHT, t.width() + "x" + t.height());
      assertTrue(t.width() == Thumbnails.WIDTH || t.height() == Thumbnails.HEIGHT, "fits the box: " + t.width() + "x" + t.height());
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
      assertTrue(back != null && back.getWidth() == t.width(), "a readable JPEG");
    }
  }

  @Test
  void svgIsNeverAPictureWhateverItClaims() {
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
    assertFalse(Thumbnails.make(svg, "image/svg+xml").ok());
    Thumbnails.Result lying = Thumbnails.make(svg, "image/jpeg");
    assertFalse(lying.ok());
    assertTrue(lying.rejected().contains("markup"), lying.rejected());
    assertFalse(Thumbnails.make(("\n  " + new String(svg, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), "image/png").ok());
  }

  @Test
  void brokenTruncatedAndForeignBytesAreNoPicture() throws Exception {
    assertFalse(Thumbnails.make(new byte[0], "image/jpeg").ok());
    assertFalse(Thumbnails.make("GIF89a not really".getBytes(StandardCharsets.US_ASCII), "image/gif").ok());
    assertFalse(Thumbnails.make("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "image/jpeg").ok());
    byte[] jpeg = picture("jpg", 800, 600);
    Thumbnails.Result cut = Thumbnails.make(Arrays.copyOf(jpeg, 40), "image/jpeg");
    assertFalse(cut.ok(), "a JPEG cut after its header");
    assertTrue(cut.rejected().startsWith("broken picture") || cut.rejected().contains("not a picture"), cut.rejected());
  }

  @Test
  void aHugeCanvasIsRefusedBeforeDecoding() {
    // a valid PNG header claiming 60,000 × 60,000 pixels: refused from the header, no pixel decoded
    Thumbnails.Result bomb = Thumbnails.make(pngHeader(60_000, 60_000), "image/png");
    assertFalse(bomb.ok());
    assertTrue(bomb.rejected().contains("60000×60000"), bomb.rejected());
    assertFalse(Thumbnails.make(new byte[Thumbnails.MAX_BYTES + 1], "image/jpeg").ok(), "too many bytes");
  }

  private static byte[] pngHeader(int w, int h) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteBuffer b = ByteBuffer.allocate(8 + 4 + 4 + 13 + 4 + 12);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(ihdr.array());
    CRC32 crc = new CRC32();
    crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
    crc.update(ihdr.array());
    b.putInt((int) crc.getValue());
    b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
    return b.array();
  }
}
