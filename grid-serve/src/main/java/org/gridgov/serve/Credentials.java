package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.KeyText;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;

/**
 * Who may call the service's read API ({@code /api/v1/}, docs/serve.md): callers present {@code
 * Authorization: Bearer <credential>}, either an API key listed in a file (by its SHA-256, so that
 * the file gives no key away) or a token signed with the service's token key (HMAC-SHA256, with an
 * expiry). Either way the credential names a caller: {@code member:ID}, {@code community:CODE},
 * {@code street:CODE} or {@code department:ID}, whose scope the access policy then gives.
 *
 * <p>A token is {@code gg1.<payload>.<signature>}: the payload is the base64url (no padding) of
 * {@code <caller>\n<expiry, epoch seconds>}, the signature the base64url HMAC-SHA256 of {@code
 * gg1.<payload>} under the token key. {@link #token} issues one. Immutable and thread-safe.
 */
public final class Credentials {

  /** How a token starts: its format's version. */
  public static final String TOKEN_PREFIX = "gg1.";

  /** The shortest token key, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  /** The header of an API key file. */
  public static final List<String> KEY_FILE_HEADER = List.of("caller", "key_sha256");

  private static final Pattern CALLER =
      Pattern.compile("(member|department):[^\\s:,]{1,128}|(community|street):\\d{12}");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final ImmutableMap<String, String> callerByKeyHash;
  private final Optional<SecretKeySpec> tokenKey;

  private Credentials(Map<String, String> callerByKeyHash, Optional<SecretKeySpec> tokenKey) {
    this.callerByKeyHash = ImmutableMap.copyOf(callerByKeyHash);
    this.tokenKey = tokenKey;
  }

  /** No credential at all: every call of the read API is refused. */
  public static Credentials none() {
    return new Credentials(Map.of(), Optional.empty());
  }

  /**
   * The API keys of a CSV file with the header {@code caller,key_sha256}: each row a caller and the
   * SHA-256 of its key, in lower-case hex ({@code printf %s "$KEY" | sha256sum}).
   *
   * @throws InvalidInputException listing every bad row, with its line
   */
  public static Credentials apiKeys(Path file) {
    requireNonNull(file, "file");
    ProblemLog problems = new ProblemLog();
    Map<String, String> keys = new HashMap<>();
    TextFiles.read(
        file,
        "the API key file",
        (in, src) ->
            CsvReader.forEachRecord(
                src,
                in,
                KEY_FILE_HEADER,
                problems,
                (CsvRecord r) -> {
                  String caller = r.text(0);
                  String hash = r.text(1).toLowerCase(Locale.ROOT);
                  if (!CALLER.matcher(caller).matches()) {
                    r.problem(
                        0,
                        "not a caller: give member:ID, community:CODE, street:CODE (12 digits) or"
                            + " department:ID");
                  } else if (!SHA256_HEX.matcher(hash).matches()) {
                    // Perhaps the key itself: never repeat it.
                    r.problem(1, "not a SHA-256 in hex (64 hex digits); the file holds no key");
                  } else if (keys.putIfAbsent(hash, caller) != null) {
                    r.problem(1, "this key is listed already, for " + keys.get(hash));
                  }
                }));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the API keys", problems.problems());
    }
    return new Credentials(keys, Optional.empty());
  }

  /**
   * These credentials, also taking tokens signed with a key given as text (hex or base64, at least
   * {@value #MIN_KEY_BYTES} bytes).
   *
   * @throws IllegalArgumentException if the key is unfit (the message never repeats it)
   */
  public Credentials withTokenKey(String keyText) {
    return new Credentials(callerByKeyHash, Optional.of(key(keyText)));
  }

  /** Whether any credential is configured. */
  public boolean any() {
    return !callerByKeyHash.isEmpty() || tokenKey.isPresent();
  }

  /**
   * Issues a token for {@code caller}, valid until {@code expires}.
   *
   * @param keyText the token key, as {@link #withTokenKey} takes it
   * @throws IllegalArgumentException if the key or the caller is unfit
   */
  public static String token(String keyText, String caller, Instant expires) {
    requireNonNull(caller, "caller");
    requireNonNull(expires, "expires");
    if (!CALLER.matcher(caller).matches()) {
      throw new IllegalArgumentException(
          "not a caller: \""
              + caller
              + "\"; give member:ID, community:CODE, street:CODE or department:ID");
    }
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                (caller + "\n" + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
    String signed = TOKEN_PREFIX + payload;
    return signed + "." + encode(mac(key(keyText), signed));
  }

  /**
   * The caller a request's {@code Authorization} header proves.
   *
   * @throws Http.Refusal {@code 401} when it is missing, unknown, forged or expired
   */
  String authenticate(Optional<String> authorization, Instant now) {
    String header = authorization.orElseThrow(() -> unauthorized("no credentials"));
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized("give Authorization: Bearer <API key or token>");
    }
    String credential = header.substring(7).strip();
    if (credential.startsWith(TOKEN_PREFIX)) {
      return verify(credential, now);
    }
    String caller = callerByKeyHash.get(sha256(credential));
    if (caller == null) {
      throw unauthorized("unknown API key");
    }
    return caller;
  }

  private String verify(String token, Instant now) {
    SecretKeySpec key = tokenKey.orElseThrow(() -> unauthorized("this service takes no tokens"));
    int dot = token.lastIndexOf('.');
    if (dot <= TOKEN_PREFIX.length()) {
      throw unauthorized("not a token");
    }
    String signed = token.substring(0, dot);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw unauthorized("not a token");
    }
    // Constant time: the comparison must not tell a forger how much of the signature was right.
    if (!MessageDigest.isEqual(given, mac(key, signed))) {
      throw unauthorized("the token's signature does not match");
    }
    String payload;
    try {
      payload =
          new String(
              Base64.getUrlDecoder().decode(signed.substring(TOKEN_PREFIX.length())),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw unauthorized("not a token");
    }
    int nl = payload.indexOf('\n');
    if (nl < 0) {
      throw unauthorized("not a token");
    }
    String caller = payload.substring(0, nl);
    long expiry;
    try {
      expiry = Long.parseLong(payload.substring(nl + 1));
    } catch (NumberFormatException e) {
      throw unauthorized("not a token");
    }
    if (!CALLER.matcher(caller).matches()) {
      throw unauthorized("not a token");
    }
    if (now.getEpochSecond() >= expiry) {
      throw unauthorized("the token expired at " + Instant.ofEpochSecond(expiry));
    }
    return caller;
  }

  private static Http.Refusal unauthorized(String why) {
    return new Http.Refusal(401, "unauthorized", why);
  }

  private static SecretKeySpec key(String keyText) {
    byte[] key = KeyText.decode(keyText);
    try {
      if (key.length < MIN_KEY_BYTES) {
        throw new IllegalArgumentException(
            "the token key has "
                + key.length
                + " bytes; give at least "
                + MIN_KEY_BYTES
                + " (openssl rand -hex 32)");
      }
      return new SecretKeySpec(key, "HmacSHA256");
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static byte[] mac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "Credentials["
        + callerByKeyHash.size()
        + " API keys, "
        + (tokenKey.isPresent() ? "tokens" : "no tokens")
        + "]";
  }
}
