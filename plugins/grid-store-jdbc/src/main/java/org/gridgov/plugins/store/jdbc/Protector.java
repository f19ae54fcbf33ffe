package org.gridgov.plugins.store.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Masking;
import org.gridgov.spi.protect.FieldCipher;
import org.gridgov.spi.protect.KeyFile;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreException;

/**
 * What the store protects at rest, and with which keys: the ID and phone numbers of residents
 * ({@link GoldenResident#isProtectedField}, and any value that reads as one, see {@link
 * #mustProtect}) in golden records and source records, encrypted per value, with blind indexes for
 * look-ups; and the residents of saved trees, encrypted per row. Values written in the clear by an
 * earlier version are read as they are until the re-encryption pass rewrites them.
 */
final class Protector {

  /** The property naming the key file. */
  static final String KEYS_FILE = "keys.file";

  /** The environment variable naming the key file when the property is not given. */
  static final String KEYS_ENV = "GRIDGOV_FIELD_KEYS_FILE";

  /** The associated data of a tree's resident rows. */
  static final String TREE_RESIDENTS = "tree_item.R";

  private final Optional<FieldCipher> cipher;
  private final String missing;

  private Protector(Optional<FieldCipher> cipher, String missing) {
    this.cipher = cipher;
    this.missing = missing;
  }

  /**
   * The keys of a store: the file of property {@value #KEYS_FILE}, else of {@value #KEYS_ENV};
   * else, for an H2 file database, the file {@code NAME.keys} beside it (made on first use,
   * readable by its owner alone); for an in-memory H2 database a key of its own life; for a server,
   * none (writing an ID or phone number is then refused).
   */
  static Protector of(StoreConfig config, Dialect dialect, String where) {
    Optional<String> file =
        Optional.ofNullable(config.properties().get(KEYS_FILE))
            .or(() -> Optional.ofNullable(System.getenv(KEYS_ENV)))
            .filter(s -> !s.isBlank());
    try {
      if (file.isPresent()) {
        return new Protector(Optional.of(FieldCipher.of(KeyFile.read(Path.of(file.get())))), "");
      }
      if (dialect == Dialect.H2) {
        Optional<Path> db = h2File(config.url());
        if (db.isEmpty()) {
          return new Protector(
              Optional.of(FieldCipher.of(KeyFile.parse(KeyFile.generate(), "in-memory keys"))), "");
        }
        Path keys = db.get().resolveSibling(db.get().getFileName() + ".keys");
        makeIfAbsent(keys);
        return new Protector(Optional.of(FieldCipher.of(KeyFile.read(keys))), "");
      }
    } catch (RuntimeException e) {
      throw new StoreException(where + ": field keys: " + Checks.messageOf(e), e);
    }
    return new Protector(
        Optional.empty(),
        where
            + " has no field keys, so it keeps no ID or phone number: give the property "
            + KEYS_FILE
            + " or the environment variable "
            + KEYS_ENV
            + " (docs/security.md)");
  }

  /** The database file of an H2 file URL, without H2's {@code .mv.db}; empty for other URLs. */
  static Optional<Path> h2File(String url) {
    String rest = url.substring("jdbc:h2:".length());
    int semi = rest.indexOf(';');
    if (semi >= 0) {
      rest = rest.substring(0, semi);
    }
    String lower = rest.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
      return Optional.empty();
    }
    if (lower.startsWith("file:")) {
      rest = rest.substring(5);
    }
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    return rest.isEmpty() ? Optional.empty() : Optional.of(Path.of(rest).toAbsolutePath());
  }

  private static void makeIfAbsent(Path keys) {
    if (Files.exists(keys)) {
      return;
    }
    try {
      Path folder = keys.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temp;
      try {
        temp =
            Files.createTempFile(
                folder,
                keys.getFileName() + ".",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        temp = Files.createTempFile(folder, keys.getFileName() + ".", ".tmp"); // not POSIX
      }
      Files.writeString(temp, KeyFile.generate());
      try {
        // A hard link appears whole and never replaces a file: another process opening the same
        // database reads either no key file or a whole one, and the first one made wins.
        Files.createLink(keys, temp);
      } catch (FileAlreadyExistsException e) {
        // Another store of the same database made it first: use theirs.
      } catch (UnsupportedOperationException e) {
        try {
          Files.move(temp, keys); // no hard links here; never replaces either
        } catch (FileAlreadyExistsException taken) {
          // As above.
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the key file " + keys, e);
    }
  }

  /** Whether values of {@code field} are protected by its name. */
  static boolean isProtected(String field) {
    return GoldenResident.isProtectedField(field);
  }

  /**
   * Whether a value must be stored encrypted: its field is a protected one ({@link
   * GoldenResident#isProtectedField}), or the value holds something that reads as an identity or
   * mobile number whatever its field is called. The second is the safety net for a producer that
   * names its fields otherwise (a dedup profile's {@code tel}, an app's {@code 证件号码}): the number
   * is then still encrypted, though not blind-indexed.
   */
  static boolean mustProtect(String field, String value) {
    return isProtected(field)
        || !Masking.scrub(value).equals(value)
        || ID_SHAPED.matcher(value).find();
  }

  /**
   * 18 characters shaped as an identity number, whether its check character agrees or not: a number
   * mistyped in one digit is still a person's number. ({@link Masking#scrub} masks only valid ones,
   * so that messages still name 18-digit grid codes; here a grid code encrypted costs nothing.)
   */
  private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

  /** A value as stored: encrypted when it must be ({@link #mustProtect}). */
  String protect(String field, String value) {
    if (!mustProtect(field, value)) {
      return value;
    }
    return cipher.orElseThrow(() -> new StoreException(missing)).encrypt(field, value);
  }

  /** A value as read: decrypted when it was stored encrypted. */
  String reveal(String field, String stored) {
    if (!FieldCipher.isProtected(stored)) {
      return stored; // written in the clear by an earlier version, or not a protected field
    }
    return cipher.orElseThrow(() -> new StoreException(missing)).decrypt(field, stored);
  }

  /** The blind index of a protected value; empty when there is no value or no key. */
  Optional<String> index(String field, Optional<String> value) {
    return value.flatMap(v -> cipher.map(c -> c.blindIndex(field, v)));
  }

  /**
   * The blind indexes of a value under every index key, the current first, for look-ups; empty when
   * there is no key.
   */
  ImmutableList<String> indexes(String field, String value) {
    return cipher.map(c -> c.blindIndexes(field, value)).orElse(ImmutableList.of());
  }

  /** Whether a stored blind index was computed with another index key than the current one. */
  boolean indexStale(String index) {
    return cipher.isPresent() && cipher.get().isIndexStale(index);
  }

  /** A source record's fields as stored: each protected one encrypted. */
  ImmutableMap<String, String> protect(Map<String, String> fields) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    fields.forEach((k, v) -> out.put(k, protect(k, v)));
    return out.buildOrThrow();
  }

  /** A source record's fields as read. */
  ImmutableMap<String, String> reveal(Map<String, String> fields) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    fields.forEach((k, v) -> out.put(k, reveal(k, v)));
    return out.buildOrThrow();
  }

  /**
   * A tree's resident rows as stored: encrypted whole when they hold an ID or phone number (and
   * always when there is a key).
   */
  String protectTreeResidents(String json, boolean personal) {
    if (cipher.isPresent()) {
      return cipher.get().encrypt(TREE_RESIDENTS, json);
    }
    if (personal) {
      throw new StoreException(missing);
    }
    return json;
  }

  /**
   * Free text as stored (a case entry's detail, a dead letter's recipient, error and payload, a
   * delivery's recipient and detail): encrypted whole under the current key, with {@code column}
   * ({@code table.column}) as associated data; with no key (a server store given none), every ID
   * and mobile number in it masked as in messages ({@link Masking#scrub}), since refusing a case
   * would stop the work the store exists for.
   */
  String protectText(String column, String text) {
    return cipher.isPresent() ? cipher.get().encrypt(column, text) : Masking.scrub(text);
  }

  /** Free text as read. */
  String revealText(String column, String stored) {
    return reveal(column, stored);
  }

  /** A tree's resident rows as read. */
  String revealTreeResidents(String stored) {
    return reveal(TREE_RESIDENTS, stored);
  }

  /** Refuses work that needs a key when there is none. */
  void requireKey() {
    if (cipher.isEmpty()) {
      throw new StoreException(missing);
    }
  }

  /** The id of the key new values are written with, if any. */
  Optional<String> currentKeyId() {
    return cipher.map(FieldCipher::currentKeyId);
  }

  /**
   * Whether a stored value of {@code field} needs rewriting: under an old key, or in the clear
   * though it must be protected.
   */
  boolean stale(String field, String stored) {
    if (cipher.isEmpty()) {
      return false;
    }
    return FieldCipher.isProtected(stored)
        ? cipher.get().isStale(stored)
        : mustProtect(field, stored);
  }

  /** Whether stored text needs rewriting: in the clear where a key exists, or under an old key. */
  boolean stale(String stored) {
    return cipher.isPresent() && (!FieldCipher.isProtected(stored) || cipher.get().isStale(stored));
  }
}
