package org.gridgov.qr;

import static java.util.Objects.requireNonNull;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a report link as a printable QR code: a black-on-white PNG at least {@value #MIN_SIZE}
 * pixels wide (5 cm at 300 dpi), error correction level M (15% of the code may be soiled or torn),
 * the standard quiet zone of 4 modules, each module a whole number of pixels so that the edges stay
 * sharp when printed, and a caption line under the code.
 *
 * <p>The caption is drawn in the logical font {@code SansSerif}. A server often has no Chinese
 * fonts, so a caption is best kept to ASCII (the building id and grid code; the building's address
 * belongs in the printed frame around the code, not in the image). Characters the font cannot show
 * are drawn as {@code ?}. Where the platform has no usable fonts at all (a minimal container), the
 * code is rendered without caption and a warning is logged once: the code is what matters.
 *
 * <p>Works headless ({@code -Djava.awt.headless=true}); no window system is touched.
 */
public final class QrImages {

  /** The smallest width of an image, in pixels. */
  public static final int MIN_SIZE = 600;

  /** The quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
  public static final int MARGIN_MODULES = 4;

  private static final Logger LOG = LoggerFactory.getLogger(QrImages.class);
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private QrImages() {}

  /**
   * Renders the link as an image: the code, and under it the caption unless it is empty.
   *
   * @param link the content of the code
   * @param caption one line of text under the code; empty for none
   * @throws IllegalArgumentException if the link is too long for a QR code
   */
  public static BufferedImage render(URI link, String caption) {
    requireNonNull(link, "link");
    requireNonNull(caption, "caption");
    BitMatrix matrix = encode(link.toString());
    // ZXing gives one pixel per module when asked for size 0; we scale by a whole number ourselves
    // so that every module has the same size.
    int modules = matrix.getWidth();
    int scale = Math.max(1, (MIN_SIZE + modules - 1) / modules);
    int size = modules * scale;
    int captionHeight = caption.isEmpty() ? 0 : Math.max(scale * 3, size / 12);
    BufferedImage image =
        new BufferedImage(size, size + captionHeight, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      for (int y = 0; y < modules; y++) {
        for (int x = 0; x < modules; x++) {
          if (matrix.get(x, y)) {
            g.fillRect(x * scale, y * scale, scale, scale);
          }
        }
      }
      if (captionHeight > 0) {
        drawCaption(g, caption, size, captionHeight);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Renders the link as {@link #render} does and writes it as PNG.
   *
   * @param link the content of the code
   * @param caption one line of text under the code; empty for none
   * @param out where the PNG goes; not closed
   * @throws IllegalArgumentException if the link is too long for a QR code
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writePng(URI link, String caption, OutputStream out) {
    requireNonNull(out, "out");
    BufferedImage image = render(link, caption);
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this Java platform has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PNG: " + e, e);
    }
  }

  private static BitMatrix encode(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  MARGIN_MODULES,
                  EncodeHintType.CHARACTER_SET,
                  StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "the link (" + text.length() + " characters) does not fit in a QR code: " + e, e);
    }
  }

  private static void drawCaption(Graphics2D g, String caption, int width, int height) {
    try {
      Font font = new Font(Font.SANS_SERIF, Font.PLAIN, height / 2);
      String shown = displayable(font, caption);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      FontMetrics metrics = g.getFontMetrics(font);
      // Shrink a long caption to fit the width rather than cut it: the id must stay whole.
      float pt = font.getSize2D();
      while (metrics.stringWidth(shown) > width * 0.94 && pt > 8) {
        pt -= 1;
        font = font.deriveFont(pt);
        metrics = g.getFontMetrics(font);
      }
      g.setFont(font);
      int x = Math.max(0, (width - metrics.stringWidth(shown)) / 2);
      int y = width + (height - metrics.getHeight()) / 2 + metrics.getAscent();
      g.drawString(shown, x, y);
    } catch (RuntimeException | LinkageError | InternalError e) {
      // A JRE without fonts (no fontconfig, no libfreetype) fails here, not earlier; a code
      // without its caption still does its job.
      if (WARNED.compareAndSet(false, true)) {
        LOG.warn("cannot draw QR code captions, writing codes without them: {}", e.toString());
      }
    }
  }

  private static String displayable(Font font, String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || !font.canDisplay(cp)) {
                sb.append('?');
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }
}
