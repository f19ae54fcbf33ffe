package org.gridgov.spi.protect;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.KeyText;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link KeyProvider}: keys in a text file of {@code name=value} lines ({@code #}
 * starts a comment), each key in hex or base64:
 *
 * <pre>
 * current=k2
 * k1=5f0c…   (AES, 16, 24 or 32 bytes: still read, no longer written)
 * k2=9ab1…   (the key new values are written with)
 * index=77e2…   (the blind-index key, 32 bytes or more)
 * </pre>
 *
 * <p>Rotation: add a key, point {@code current} at it, restart, then run the store's re-encryption
 * pass; the old key can go once the pass reports nothing left under it. The file must be readable
 * by the service alone (mode 600) and kept apart from the database's backups.
 */
public final class KeyFile implements KeyProvider {

  /** The largest key file read, in characters. */
  static final int MAX_CHARS = 64 * 1024;

  private final String currentKeyId;
  private final ImmutableMap<String, SecretKey> keys;
  private final SecretKey indexKey;

  private KeyFile(String currentKeyId, Map<String, SecretKey> keys, SecretKey indexKey) {
    this.currentKeyId = currentKeyId;
    this.keys = ImmutableMap.copyOf(keys);
    this.indexKey = indexKey;
  }

  /**
   * Reads a key file.
   *
   * @throws InvalidInputException listing every problem with its line; never a key's value
   */
  public static KeyFile read(Path file) {
    requireNonNull(file, "file");
    return parse(TextFiles.readString(file, "the key file", MAX_CHARS), file.toString());
  }

  /**
   * Reads the text of a key file.
   *
   * @param source where the text is from, for the problems
   * @throws InvalidInputException listing every problem with its line; never a key's value
   */
  public static KeyFile parse(String text, String source) {
    requireNonNull(text, "text");
    List<Problem> problems = new ArrayList<>();
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    @Nullable String current = null;
    @Nullable SecretKey index = null;
    long line = 0;
    for (String raw : text.split("\r\n|\r|\n", -1)) {
      line++;
      String l = raw.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      SourceLocation at = SourceLocation.of(source, line);
      int eq = l.indexOf('=');
      if (eq < 1) {
        problems.add(Problem.at(at, "line", "expected name=value"));
        continue;
      }
      String name = l.substring(0, eq).strip();
      String value = l.substring(eq + 1).strip();
      if (name.equals("current")) {
        if (current != null) {
          problems.add(Problem.at(at, name, "given twice"));
        }
        current = value;
        continue;
      }
      byte[] bytes;
      try {
        bytes = KeyText.decode(value);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.at(at, name, Checks.messageOf(e)));
        continue;
      }
      if (name.equals("index")) {
        if (bytes.length < 32) {
          problems.add(Problem.at(at, name, "the blind-index key needs 32 bytes or more"));
        } else if (index != null) {
          problems.add(Problem.at(at, name, "given twice"));
        } else {
          index = new SecretKeySpec(bytes, "HmacSHA256");
        }
        continue;
      }
      try {
        FieldCipher.checkKeyId(name);
        SecretKey k = new SecretKeySpec(bytes, "AES");
        FieldCipher.checkAes(name, k);
        if (keys.putIfAbsent(name, k) != null) {
          problems.add(Problem.at(at, name, "given twice"));
        }
      } catch (IllegalArgumentException e) {
        problems.add(Problem.at(at, name, Checks.messageOf(e)));
      }
    }
    if (current == null) {
      problems.add(Problem.of(source, "no current=KEY_ID line: which key writes new values?"));
    } else if (!keys.containsKey(current)) {
      problems.add(
          Problem.of(source, "current names key " + current + ", which is not in the file"));
    }
    if (index == null) {
      problems.add(Problem.of(source, "no index=KEY line: the blind-index key is missing"));
    }
    if (!problems.isEmpty() || current == null || index == null) {
      throw new InvalidInputException("cannot read the key file", problems);
    }
    return new KeyFile(current, keys, index);
  }

  /**
   * The text of a new key file: one AES-256 key {@code k1}, current, and a blind-index key, from
   * {@link SecureRandom}.
   */
  public static String generate() {
    SecureRandom random = new SecureRandom();
    byte[] k = new byte[32];
    byte[] i = new byte[32];
    random.nextBytes(k);
    random.nextBytes(i);
    HexFormat hex = HexFormat.of();
    return "# gridgov field keys (docs/security.md): keep this file secret (mode 600) and apart\n"
        + "# from the database's backups; without it the ID and phone numbers cannot be read.\n"
        + "current=k1\n"
        + "k1="
        + hex.formatHex(k)
        + "\nindex="
        + hex.formatHex(i)
        + "\n";
  }

  @Override
  public String currentKeyId() {
    return currentKeyId;
  }

  @Override
  public Optional<SecretKey> key(String keyId) {
    return Optional.ofNullable(keys.get(requireNonNull(keyId, "keyId")));
  }

  @Override
  public SecretKey indexKey() {
    return indexKey;
  }

  @Override
  public String toString() {
    return "KeyFile[keys " + keys.keySet() + ", current " + currentKeyId + "]";
  }
}
