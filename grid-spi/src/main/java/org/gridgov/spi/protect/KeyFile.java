package org.gridgov.spi.protect;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
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
 * index=77e2…   (the blind-index key, 32 bytes or more; its id is "index")
 * </pre>
 *
 * <p>Blind-index keys rotate the same way: {@code index.ID=…} adds one with id {@code ID}, and
 * {@code current_index=ID} makes it the one new indexes are computed with (without that line the
 * current one is {@code index}, or the only one given). Look-ups try every index key; the
 * re-encryption pass recomputes the indexes under the others, after which they can go.
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
  private final String currentIndexKeyId;
  private final ImmutableMap<String, SecretKey> indexKeys;

  private KeyFile(
      String currentKeyId,
      Map<String, SecretKey> keys,
      String currentIndexKeyId,
      Map<String, SecretKey> indexKeys) {
    this.currentKeyId = currentKeyId;
    this.keys = ImmutableMap.copyOf(keys);
    this.currentIndexKeyId = currentIndexKeyId;
    this.indexKeys = ImmutableMap.copyOf(indexKeys);
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
    @Nullable String currentIndex = null;
    Map<String, SecretKey> indexKeys = new LinkedHashMap<>();
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
      if (name.equals("current_index")) {
        if (currentIndex != null) {
          problems.add(Problem.at(at, name, "given twice"));
        }
        currentIndex = value;
        continue;
      }
      byte[] bytes;
      try {
        bytes = KeyText.decode(value);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.at(at, name, Checks.messageOf(e)));
        continue;
      }
      if (name.equals("index") || name.startsWith("index.")) {
        String id = name.equals("index") ? LEGACY_INDEX_KEY_ID : name.substring("index.".length());
        if (bytes.length < 32) {
          problems.add(Problem.at(at, name, "the blind-index key needs 32 bytes or more"));
          continue;
        }
        try {
          FieldCipher.checkKeyId(id);
        } catch (IllegalArgumentException e) {
          problems.add(Problem.at(at, name, Checks.messageOf(e)));
          continue;
        }
        if (indexKeys.putIfAbsent(id, new SecretKeySpec(bytes, "HmacSHA256")) != null) {
          problems.add(Problem.at(at, name, "given twice"));
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
    if (indexKeys.isEmpty()) {
      problems.add(Problem.of(source, "no index=KEY line: the blind-index key is missing"));
    } else if (currentIndex == null) {
      if (indexKeys.containsKey(LEGACY_INDEX_KEY_ID)) {
        currentIndex = LEGACY_INDEX_KEY_ID;
      } else if (indexKeys.size() == 1) {
        currentIndex = indexKeys.keySet().iterator().next();
      } else {
        problems.add(
            Problem.of(
                source, "no current_index=ID line: which blind-index key computes new indexes?"));
      }
    } else if (!indexKeys.containsKey(currentIndex)) {
      problems.add(
          Problem.of(
              source,
              "current_index names blind-index key "
                  + currentIndex
                  + ", which is not in the file"));
    }
    if (!problems.isEmpty() || current == null || currentIndex == null) {
      throw new InvalidInputException("cannot read the key file", problems);
    }
    return new KeyFile(current, keys, currentIndex, indexKeys);
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
    return requireNonNull(indexKeys.get(currentIndexKeyId));
  }

  @Override
  public String currentIndexKeyId() {
    return currentIndexKeyId;
  }

  @Override
  public ImmutableList<String> indexKeyIds() {
    ImmutableList.Builder<String> out = ImmutableList.<String>builder().add(currentIndexKeyId);
    indexKeys.keySet().stream().filter(k -> !k.equals(currentIndexKeyId)).forEach(out::add);
    return out.build();
  }

  @Override
  public Optional<SecretKey> indexKey(String keyId) {
    return Optional.ofNullable(indexKeys.get(requireNonNull(keyId, "keyId")));
  }

  @Override
  public String toString() {
    return "KeyFile[keys "
        + keys.keySet()
        + ", current "
        + currentKeyId
        + "; index keys "
        + indexKeys.keySet()
        + ", current "
        + currentIndexKeyId
        + "]";
  }
}
