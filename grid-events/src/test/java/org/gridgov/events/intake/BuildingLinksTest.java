package org.gridgov.events.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gridgov.core.grid.GridCode;
import org.gridgov.events.intake.LinkCheck.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuildingLinksTest {

  static final URI BASE = URI.create("https://report.example.gov.cn/r");
  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final GridCode GRID = GridCode.parse("510107011005001001");

  final BuildingLinks links = BuildingLinks.of(KEY, BASE);

  @Test
  @DisplayName("a link verifies as its building and grid, Chinese and spaces included")
  void roundTrip() {
    for (String id : new String[] {"B01", "锦绣路1号1栋", "1 栋/2&单元=3?", "a+b%20c"}) {
      URI link = links.link(id, GRID);
      assertThat(links.verify(link.toString())).isEqualTo(new LinkCheck.Valid(id, GRID));
    }
  }

  @Test
  @DisplayName("a link has the documented shape: base, b, g, v=1 and a 22-character signature")
  void shape() {
    String link = links.link("1栋 A", GRID).toString();
    assertThat(link)
        .matches(
            "https://report\\.example\\.gov\\.cn/r\\?b=1%E6%A0%8B%20A&g=510107011005001001&v=1"
                + "&s=[A-Za-z0-9_-]{22}");
  }

  @Test
  @DisplayName("a different building id with the signature of another is refused as altered")
  void alteredBuilding() {
    String link = links.link("B01", GRID).toString();
    assertRefused(link.replace("b=B01", "b=B02"), Reason.SIGNATURE_MISMATCH);
  }

  @Test
  @DisplayName("a different grid with the signature of another is refused as altered")
  void alteredGrid() {
    String link = links.link("B01", GRID).toString();
    assertRefused(
        link.replace("g=510107011005001001", "g=510107011005001002"), Reason.SIGNATURE_MISMATCH);
  }

  @Test
  @DisplayName("a signature with one character changed is refused as a mismatch")
  void alteredSignature() {
    String link = links.link("B01", GRID).toString();
    int at = link.indexOf("&s=") + 3;
    char c = link.charAt(at) == 'A' ? 'B' : 'A';
    assertRefused(link.substring(0, at) + c + link.substring(at + 1), Reason.SIGNATURE_MISMATCH);
  }

  @Test
  @DisplayName("a link signed with another key is refused")
  void wrongKey() {
    byte[] other = KEY.clone();
    other[0] ^= 1;
    String forged = BuildingLinks.of(other, BASE).link("B01", GRID).toString();
    assertRefused(forged, Reason.SIGNATURE_MISMATCH);
  }

  @Test
  @DisplayName("a link under another base URL is refused, even when correctly signed")
  void wrongBase() {
    String elsewhere =
        BuildingLinks.of(KEY, URI.create("https://evil.example.com/r"))
            .link("B01", GRID)
            .toString();
    assertRefused(elsewhere, Reason.WRONG_BASE);
    String otherPath = links.link("B01", GRID).toString().replace("/r?", "/x?");
    assertRefused(otherPath, Reason.WRONG_BASE);
    assertRefused("http://report.example.gov.cn/r?b=B01", Reason.WRONG_BASE);
  }

  @Test
  @DisplayName("scheme and host are compared without case, as URLs are")
  void baseCase() {
    String link = links.link("B01", GRID).toString().replace("https://report", "HTTPS://REPORT");
    assertThat(links.verify(link).isValid()).isTrue();
  }

  @Test
  @DisplayName("each missing parameter is refused naming it")
  void missingParameters() {
    String link = links.link("B01", GRID).toString();
    for (String p : new String[] {"b", "g", "v", "s"}) {
      String without = link.replaceAll("([?&])" + p + "=[^&]*&?", "$1");
      LinkCheck check = links.verify(without);
      assertThat(check).isInstanceOf(LinkCheck.Refused.class);
      assertThat(((LinkCheck.Refused) check).reason()).isEqualTo(Reason.MISSING_PARAMETER);
      assertThat(((LinkCheck.Refused) check).message()).contains("parameter " + p);
    }
    assertRefused(BASE.toString(), Reason.MISSING_PARAMETER);
    assertRefused(link.replace("b=B01", "b="), Reason.MISSING_PARAMETER);
  }

  @Test
  @DisplayName("a parameter given twice is refused, so no front end can read another value")
  void duplicateParameter() {
    String link = links.link("B01", GRID).toString();
    assertRefused(link + "&b=B02", Reason.DUPLICATE_PARAMETER);
  }

  @Test
  @DisplayName("another version is refused as unknown")
  void unknownVersion() {
    String link = links.link("B01", GRID).toString();
    assertRefused(link.replace("&v=1", "&v=2"), Reason.UNKNOWN_VERSION);
  }

  @Test
  @DisplayName("a signature that is not 22 characters of base64url is refused as malformed")
  void malformedSignature() {
    String link = links.link("B01", GRID).toString();
    String base = link.substring(0, link.indexOf("&s=") + 3);
    assertRefused(base + "abc", Reason.MALFORMED_SIGNATURE);
    assertRefused(base + "!!!!!!!!!!!!!!!!!!!!!!", Reason.MALFORMED_SIGNATURE);
    assertRefused(base + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Reason.MALFORMED_SIGNATURE);
  }

  @Test
  @DisplayName("text that is no URI, or far too long, is refused as malformed, never thrown")
  void malformedLink() {
    assertRefused("not a link at all ^^", Reason.MALFORMED_LINK);
    assertRefused("", Reason.WRONG_BASE);
    assertRefused(links.link("B01", GRID) + "&x=" + "a".repeat(5000), Reason.MALFORMED_LINK);
    assertRefused(BASE + "?b=%zz&g=1&v=1&s=x", Reason.MALFORMED_LINK);
  }

  @Test
  @DisplayName("parameters added by messaging apps are ignored")
  void extraParameters() {
    String link = links.link("B01", GRID) + "&from=singlemessage&isappinstalled=0";
    assertThat(links.verify(link)).isEqualTo(new LinkCheck.Valid("B01", GRID));
  }

  @Test
  @DisplayName("the signature is the documented truncated HMAC-SHA256 of the canonical string")
  void documentedSignature() throws Exception {
    String link = links.link("1栋", GRID).toString();
    assertThat(link).endsWith("&s=" + signature("1栋", GRID.value()));
  }

  @Test
  @DisplayName("a correctly signed value that is not a valid grid code is refused as malformed")
  void malformedValue() throws Exception {
    String link = BASE + "?b=B01&g=nonsense&v=1&s=" + signature("B01", "nonsense");
    assertRefused(link, Reason.MALFORMED_VALUE);
  }

  /** The signature as docs/qr.md defines it, computed independently of the class under test. */
  private static String signature(String building, String grid) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
    byte[] full =
        mac.doFinal(
            ("gridgov-building-link\n1\n" + building + "\n" + grid)
                .getBytes(StandardCharsets.UTF_8));
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Arrays.copyOf(full, 16));
  }

  @Test
  @DisplayName("keys are read as hex or base64; too short or garbled keys are refused")
  void keyText() {
    String hex = "00112233445566778899aabbccddeeff";
    BuildingLinks fromHex = BuildingLinks.fromKeyText(hex + "\n", BASE);
    byte[] raw = new byte[16];
    for (int i = 0; i < 16; i++) {
      raw[i] = (byte) (0x11 * i);
    }
    String expected = BuildingLinks.of(raw, BASE).link("B01", GRID).toString();
    assertThat(fromHex.link("B01", GRID).toString()).isEqualTo(expected);
    String b64 = java.util.Base64.getEncoder().encodeToString(raw);
    assertThat(BuildingLinks.fromKeyText(b64, BASE).link("B01", GRID).toString())
        .isEqualTo(expected);
    String b64url = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    assertThat(BuildingLinks.fromKeyText(b64url, BASE).link("B01", GRID).toString())
        .isEqualTo(expected);

    assertThatThrownBy(() -> BuildingLinks.fromKeyText("0011", BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16");
    assertThatThrownBy(() -> BuildingLinks.fromKeyText("", BASE)).hasMessageContaining("empty");
    assertThatThrownBy(() -> BuildingLinks.fromKeyText("secret-password!!*", BASE))
        .hasMessageContaining("neither hex")
        .hasMessageNotContaining("secret");
  }

  @Test
  @DisplayName("the key array is copied: wiping it afterwards changes no signature")
  void keyCopied() {
    byte[] key = KEY.clone();
    BuildingLinks l = BuildingLinks.of(key, BASE);
    String before = l.link("B01", GRID).toString();
    Arrays.fill(key, (byte) 0);
    assertThat(l.link("B01", GRID).toString()).isEqualTo(before);
  }

  @Test
  @DisplayName("base URLs with a query, a fragment, no host or another scheme are refused")
  void badBase() {
    for (String b :
        new String[] {
          "https://x.cn/r?a=1", "https://x.cn/r#f", "ftp://x.cn/r", "mailto:a@x.cn", "/r"
        }) {
      assertThatThrownBy(() -> BuildingLinks.of(KEY, URI.create(b)))
          .as(b)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  @DisplayName("toString shows the base URL and never the key")
  void toStringHidesKey() {
    assertThat(links.toString()).contains(BASE.toString()).doesNotContain("0123456789abcdef");
  }

  private void assertRefused(String link, Reason reason) {
    LinkCheck check = links.verify(link);
    assertThat(check).as(link).isInstanceOf(LinkCheck.Refused.class);
    assertThat(((LinkCheck.Refused) check).reason()).as(check.toString()).isEqualTo(reason);
  }
}
