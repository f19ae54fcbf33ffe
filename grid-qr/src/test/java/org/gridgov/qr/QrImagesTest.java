package org.gridgov.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gridgov.core.grid.GridCode;
import org.gridgov.events.intake.BuildingLinks;
import org.gridgov.events.intake.LinkCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrImagesTest {

  private static final URI BASE = URI.create("https://report.example.gov.cn/r");
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  static final BuildingLinks LINKS = BuildingLinks.of(KEY, BASE);

  /** Reads the QR code of a PNG back with ZXing's reader. */
  static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
    // No PURE_BARCODE hint: ZXing treats its mere presence as true, and the caption makes the
    // image not a pure code; the detector finds the code as a phone's camera would.
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }

  static byte[] png(URI link, String caption) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QrImages.writePng(link, caption, out);
    return out.toByteArray();
  }

  @Test
  @DisplayName("a rendered PNG decodes to the same link, which verifies")
  void decodesToSameLink() throws Exception {
    URI link = LINKS.link("B01", GridCode.parse("510107011005001001"));
    String decoded = decode(png(link, "B01   510107011005001001"));
    assertThat(decoded).isEqualTo(link.toString());
    assertThat(LINKS.verify(decoded).isValid()).isTrue();
  }

  @Test
  @DisplayName("a link with a Chinese building id survives the code byte for byte (UTF-8)")
  void chineseIdDecodes() throws Exception {
    URI link = LINKS.link("锦绣路1号1栋", GridCode.parse("510107011005E001"));
    String decoded = decode(png(link, "锦绣路1号1栋"));
    assertThat(decoded).isEqualTo(link.toString());
    assertThat(LINKS.verify(decoded))
        .isEqualTo(new LinkCheck.Valid("锦绣路1号1栋", GridCode.parse("510107011005E001")));
  }

  @Test
  @DisplayName("the image is printable: at least 600 pixels wide, whole pixels per module")
  void printableSize() {
    URI link = LINKS.link("B01", GridCode.parse("510107011005001001"));
    BufferedImage withCaption = QrImages.render(link, "B01");
    BufferedImage bare = QrImages.render(link, "");
    assertThat(bare.getWidth()).isGreaterThanOrEqualTo(QrImages.MIN_SIZE);
    assertThat(bare.getHeight()).isEqualTo(bare.getWidth());
    assertThat(withCaption.getWidth()).isEqualTo(bare.getWidth());
    assertThat(withCaption.getHeight()).isGreaterThan(bare.getHeight());
    // The quiet zone: the first rows and columns are white.
    assertThat(bare.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    assertThat(bare.getRGB(bare.getWidth() - 1, bare.getHeight() - 1) & 0xffffff)
        .isEqualTo(0xffffff);
  }

  @Test
  @DisplayName("rendering works in a JVM started with -Djava.awt.headless=true")
  void headless(@TempDir Path dir) throws Exception {
    // AWT fixes headless mode when first loaded, so only a fresh JVM can check it.
    Path png = dir.resolve("headless.png");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                HeadlessMain.class.getName(),
                png.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(decode(Files.readAllBytes(png))).isEqualTo(HeadlessMain.link().toString());
  }

  /** Renders one code into the file named by the first argument; run by {@link #headless}. */
  public static final class HeadlessMain {
    static URI link() {
      return LINKS.link("B02", GridCode.parse("510107011005001002"));
    }

    /** Writes the PNG, failing if AWT is not headless. */
    public static void main(String[] args) throws Exception {
      if (!GraphicsEnvironment.isHeadless()) {
        throw new IllegalStateException("not headless");
      }
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
        QrImages.writePng(link(), "B02   510107011005001002", out);
      }
    }
  }
}
