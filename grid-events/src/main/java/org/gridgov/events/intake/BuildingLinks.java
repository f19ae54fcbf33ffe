package org.gridgov.events.intake;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.KeyText;
import org.gridgov.events.intake.LinkCheck.Reason;

/**
 * Signed report links, one per building (一码扫楼): {@link #link} makes the link a building's QR code
 * carries, {@link #verify} tells intake whether a scanned link is one we issued, unaltered.
 *
 * <p>A link is {@code BASE?b=<building id>&g=<grid code>&v=1&s=<signature>}, the building id
 * percent-encoded as UTF-8. The signature is HMAC-SHA256 under the secret key over {@code
 * "gridgov-building-link\n1\n" + buildingId + "\n" + gridCode}, truncated to its first {@value
 * #SIGNATURE_BYTES} bytes and written as base64url without padding (22 characters). Identifiers
 * hold no control characters, so the line feeds separate the parts unambiguously; the leading label
 * keeps a key that is, against advice, shared with another use from signing anything that reads as
 * a building link. Truncation keeps the code small enough to scan from a worn sticker; 128 bits
 * still leave a forger one chance in 2^128 per guess, and every guess costs a request to intake.
 * See {@code docs/qr.md}.
 *
 * <p>Instances are immutable and thread-safe. They hold the key; they never print it.
 */
public final class BuildingLinks {

  /** The fewest key bytes accepted: 128 bits. 32 random bytes are recommended. */
  public static final int MIN_KEY_BYTES = 16;

  /** How many bytes of the HMAC-SHA256 a link carries. */
  public static final int SIGNATURE_BYTES = 16;

  /** The link format version this library writes and reads, the {@code v} parameter. */
  public static final String VERSION = "1";

  // Links longer than this are not ours (the longest we make is about 1,300 characters: a 128
  // character id of 3-byte characters, percent-encoded); refusing them early bounds the work an
  // attacker can cause per request.
  private static final int MAX_LINK_LENGTH = 4096;
  private static final String ALGORITHM = "HmacSHA256";
  private static final String LABEL = "gridgov-building-link";
  private static final int SIGNATURE_CHARS = 22; // base64url of 16 bytes, unpadded

  private final SecretKeySpec key;
  private final URI base;
  private final String baseText;

  private BuildingLinks(byte[] key, URI base) {
    this.key = new SecretKeySpec(key, ALGORITHM); // copies the bytes
    this.base = base;
    this.baseText = base.toString();
  }

  /**
   * Links signed with a key of raw bytes.
   *
   * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; copied, so the caller may
   *     wipe its array afterwards
   * @param base where intake receives reports: an absolute {@code https} (or {@code http}) URL with
   *     a host and without query or fragment, e.g. {@code https://report.example.gov.cn/r}
   * @throws IllegalArgumentException if the key is too short or the base URL unfit, saying which
   */
  public static BuildingLinks of(byte[] key, URI base) {
    requireNonNull(key, "key");
    requireNonNull(base, "base");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the key has "
              + key.length
              + " bytes; at least "
              + MIN_KEY_BYTES
              + " are needed (32 random bytes recommended, e.g. `openssl rand -hex 32`)");
    }
    return new BuildingLinks(key, checkBase(base));
  }

  /**
   * Links signed with a key given as text, as a key file or an environment variable holds it: hex
   * ({@code openssl rand -hex 32}) or base64, standard or URL-safe, padded or not ({@code openssl
   * rand -base64 32}). Surrounding whitespace, such as the file's last line feed, is ignored. Text
   * of hex digits only, of even length, is read as hex; anything else as base64.
   *
   * @param keyText the key, encoded
   * @param base as for {@link #of}
   * @throws IllegalArgumentException if the text is neither encoding, the key too short or the base
   *     URL unfit; the message never repeats the key
   */
  public static BuildingLinks fromKeyText(String keyText, URI base) {
    requireNonNull(keyText, "keyText");
    byte[] key = KeyText.decode(keyText);
    try {
      return of(key, base);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The base URL the links start with. */
  public URI base() {
    return base;
  }

  /**
   * The signed report link of a building.
   *
   * @param buildingId the building, an identifier of 1 to 128 characters without control characters
   *     (surrounding whitespace is dropped)
   * @param grid the grid the building is in
   * @throws IllegalArgumentException if the building id is not an identifier
   */
  public URI link(String buildingId, GridCode grid) {
    String id = Checks.id(buildingId, "buildingId");
    requireNonNull(grid, "grid");
    String link =
        baseText
            + "?b="
            + encode(id)
            + "&g="
            + grid.value()
            + "&v="
            + VERSION
            + "&s="
            + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(id, grid.value()));
    return URI.create(link);
  }

  /**
   * Checks a scanned link: is it one we issued, with this key and base URL, unaltered? Never throws
   * on a bad link: every fault is a {@link LinkCheck.Refused} with its reason. Parameters other
   * than {@code b}, {@code g}, {@code v} and {@code s} (such as those a messaging app appends) are
   * ignored; they carry nothing we act on.
   *
   * @param link the link as scanned or as received by intake
   */
  public LinkCheck verify(String link) {
    requireNonNull(link, "link");
    if (link.length() > MAX_LINK_LENGTH) {
      return refuse(
          Reason.MALFORMED_LINK,
          "the link has " + link.length() + " characters, more than any link we issue");
    }
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (URISyntaxException e) {
      return refuse(Reason.MALFORMED_LINK, "not a URI: " + e.getReason());
    }
    if (!sameBase(uri)) {
      return refuse(Reason.WRONG_BASE, "the link does not start with " + baseText);
    }
    Map<String, String> params = new HashMap<>();
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&", -1)) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        if (!name.equals("b") && !name.equals("g") && !name.equals("v") && !name.equals("s")) {
          continue;
        }
        String value;
        try {
          value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return refuse(Reason.MALFORMED_LINK, "parameter " + name + " is not percent-encoded");
        }
        if (params.put(name, value) != null) {
          return refuse(Reason.DUPLICATE_PARAMETER, "parameter " + name + " is given twice");
        }
      }
    }
    for (String name : new String[] {"b", "g", "v", "s"}) {
      if (params.getOrDefault(name, "").isEmpty()) {
        return refuse(Reason.MISSING_PARAMETER, "parameter " + name + " is missing");
      }
    }
    if (!requireNonNull(params.get("v")).equals(VERSION)) {
      return refuse(
          Reason.UNKNOWN_VERSION,
          "link version " + quoted(params.get("v")) + " is unknown; this intake knows " + VERSION);
    }
    Optional<byte[]> given = decodeSignature(requireNonNull(params.get("s")));
    if (given.isEmpty()) {
      return refuse(
          Reason.MALFORMED_SIGNATURE,
          "parameter s is not " + SIGNATURE_CHARS + " characters of base64url");
    }
    String buildingId = requireNonNull(params.get("b"));
    String grid = requireNonNull(params.get("g"));
    // Compared in constant time so that response times do not reveal how much of a guess was
    // right.
    if (!MessageDigest.isEqual(sign(buildingId, grid), given.get())) {
      return refuse(
          Reason.SIGNATURE_MISMATCH,
          "the signature does not match building "
              + quoted(buildingId)
              + " and grid "
              + quoted(grid)
              + ": the code was forged or altered, or signed with another key");
    }
    try {
      return new LinkCheck.Valid(buildingId, GridCode.parse(grid));
    } catch (IllegalArgumentException e) {
      return refuse(
          Reason.MALFORMED_VALUE, "signed, but not a valid building and grid: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "BuildingLinks[" + baseText + "]"; // never the key
  }

  private byte[] sign(String buildingId, String grid) {
    try {
      // A Mac is not thread-safe and cheap to make; one per call keeps instances shareable.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] full =
          mac.doFinal(
              (LABEL + "\n" + VERSION + "\n" + buildingId + "\n" + grid)
                  .getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(full, SIGNATURE_BYTES);
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256, and the key was accepted at construction.
      throw new IllegalStateException("HmacSHA256 is not available: " + e, e);
    }
  }

  private static Optional<byte[]> decodeSignature(String s) {
    if (s.length() != SIGNATURE_CHARS) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(Base64.getUrlDecoder().decode(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private boolean sameBase(URI uri) {
    return uri.isAbsolute()
        && base.getScheme().equalsIgnoreCase(uri.getScheme())
        && uri.getHost() != null
        && base.getHost().equalsIgnoreCase(uri.getHost())
        && port(base) == port(uri)
        && path(base).equals(path(uri))
        && uri.getRawUserInfo() == null;
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private static String path(URI uri) {
    String p = uri.getRawPath();
    return p == null || p.isEmpty() ? "/" : p;
  }

  private static URI checkBase(URI base) {
    String scheme = base.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        || base.isOpaque()) {
      throw new IllegalArgumentException(
          "the base URL " + base + " must be an https (or http) URL");
    }
    if (base.getHost() == null) {
      throw new IllegalArgumentException("the base URL " + base + " has no host");
    }
    if (base.getRawQuery() != null || base.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the base URL " + base + " must have no query or fragment: the link adds its own query");
    }
    if (base.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the base URL " + base + " must not carry a user name");
    }
    return base;
  }

  private static String encode(String s) {
    // URLEncoder writes a space as '+', which some servers keep literally; %20 reads the same
    // everywhere.
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A value from the link for a message: short, and with no control characters to forge log lines.
   */
  private static String quoted(String s) {
    String shown = s.length() > 64 ? s.substring(0, 64) + "..." : s;
    StringBuilder sb = new StringBuilder(shown.length() + 2).append('"');
    shown.chars().forEach(c -> sb.append(Character.isISOControl(c) ? '?' : (char) c));
    return sb.append('"').toString();
  }

  private static LinkCheck.Refused refuse(Reason reason, String message) {
    return new LinkCheck.Refused(reason, message);
  }
}
