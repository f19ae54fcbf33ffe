package org.gridgov.spi.protect;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts single field values for storage and computes their blind indexes.
 *
 * <p>A value is encrypted with AES-GCM under the provider's current key, with a random 96-bit nonce
 * and a 128-bit tag, and with the field's name as associated data (so that a ciphertext copied into
 * another field does not decrypt). It is stored as text: {@code gg1:<key id>:<base64 of nonce
 * followed by ciphertext and tag>}, so the key id travels with the ciphertext and a rotated key
 * still reads old values. The blind index of a value is the hex HMAC-SHA256, under the separate
 * index key, of the field's name and the value: equal values of one field have equal indexes, so a
 * store can look a value up or join on it without holding it in the clear.
 *
 * <p>Thread-safe. Neither values nor keys appear in messages.
 */
public final class FieldCipher {

  /** How a protected value starts: its format's version. */
  public static final String PREFIX = "gg1:";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  private final KeyProvider keys;
  private final SecureRandom random = new SecureRandom();

  private FieldCipher(KeyProvider keys) {
    this.keys = keys;
  }

  /**
   * A cipher over these keys.
   *
   * @throws IllegalArgumentException when the current key is missing or unfit, or the index key
   *     shorter than 256 bits
   */
  public static FieldCipher of(KeyProvider keys) {
    requireNonNull(keys, "keys");
    String current = keys.currentKeyId();
    checkKeyId(current);
    SecretKey k =
        keys.key(current)
            .orElseThrow(
                () -> new IllegalArgumentException("the current key " + current + " is missing"));
    checkAes(current, k);
    if (keys.indexKey().getEncoded().length < 32) {
      throw new IllegalArgumentException("the blind-index key is shorter than 256 bits");
    }
    checkKeyId(keys.currentIndexKeyId());
    for (String id : keys.indexKeyIds()) {
      SecretKey ik =
          keys.indexKey(id)
              .orElseThrow(
                  () -> new IllegalArgumentException("the blind-index key " + id + " is missing"));
      if (ik.getEncoded().length < 32) {
        throw new IllegalArgumentException(
            "the blind-index key " + id + " is shorter than 256 bits");
      }
    }
    return new FieldCipher(keys);
  }

  /** The id of the key new values are written with. */
  public String currentKeyId() {
    return keys.currentKeyId();
  }

  /** {@code value} of {@code field}, encrypted under the current key. */
  public String encrypt(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    String keyId = keys.currentKeyId();
    SecretKey key =
        keys.key(keyId)
            .orElseThrow(() -> new IllegalStateException("the current key " + keyId + " is gone"));
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(value.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length);
      out.put(nonce).put(sealed);
      return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed to encrypt a value of " + field, e);
    }
  }

  /**
   * The value of {@code field} that {@link #encrypt} protected.
   *
   * @throws IllegalArgumentException when the text is not a protected value, names a key the
   *     provider does not have, or was altered (or belongs to another field)
   */
  public String decrypt(String field, String stored) {
    requireNonNull(field, "field");
    requireNonNull(stored, "stored");
    if (!isProtected(stored)) {
      throw new IllegalArgumentException(
          "a value of " + field + " is not protected (" + PREFIX + ")");
    }
    String keyId = keyIdOf(stored);
    SecretKey key =
        keys.key(keyId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a value of " + field + " is encrypted with key " + keyId + ", not known"));
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a protected value of " + field + " is not base64");
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException("a protected value of " + field + " is too short");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      byte[] plain = c.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException(
          "a protected value of " + field + " was altered, or belongs to another field");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed to decrypt a value of " + field, e);
    }
  }

  /** Whether stored text is a protected value. */
  public static boolean isProtected(String stored) {
    int colon = stored.indexOf(':', PREFIX.length());
    return stored.startsWith(PREFIX)
        && colon > PREFIX.length()
        && KEY_ID.matcher(stored.substring(PREFIX.length(), colon)).matches();
  }

  /** Whether a protected value was written under another key than the current one. */
  public boolean isStale(String stored) {
    return isProtected(stored) && !keyIdOf(stored).equals(keys.currentKeyId());
  }

  /**
   * The blind index of {@code value} of {@code field} under the current index key: 64 hex digits,
   * preceded by {@code ID:} when the key's id is not {@value KeyProvider#LEGACY_INDEX_KEY_ID} (so
   * indexes stored before index keys had ids read as computed with that one).
   */
  public String blindIndex(String field, String value) {
    return blindIndex(keys.currentIndexKeyId(), keys.indexKey(), field, value);
  }

  /**
   * The blind indexes of {@code value} of {@code field} under every index key, the current first: a
   * look-up matches any of them, so rows indexed before a rotation are found until the
   * re-encryption pass recomputes their indexes.
   */
  public ImmutableList<String> blindIndexes(String field, String value) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String id : keys.indexKeyIds()) {
      keys.indexKey(id).ifPresent(k -> out.add(blindIndex(id, k, field, value)));
    }
    return out.build();
  }

  /** Whether a stored blind index was computed with another index key than the current one. */
  public boolean isIndexStale(String index) {
    int colon = index.indexOf(':');
    String id = colon < 0 ? KeyProvider.LEGACY_INDEX_KEY_ID : index.substring(0, colon);
    return !id.equals(keys.currentIndexKeyId());
  }

  private static String blindIndex(String keyId, SecretKey key, String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    String prefix = keyId.equals(KeyProvider.LEGACY_INDEX_KEY_ID) ? "" : keyId + ":";
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(field.getBytes(StandardCharsets.UTF_8));
      // A separator no field name holds, so that ("ab", "c") and ("a", "bc") differ.
      mac.update((byte) 0);
      return prefix + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 failed", e);
    }
  }

  private static String keyIdOf(String stored) {
    return stored.substring(PREFIX.length(), stored.indexOf(':', PREFIX.length()));
  }

  static void checkKeyId(String id) {
    if (!KEY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "key id \"" + id + "\" is not 1 to 32 letters, digits, - or _");
    }
  }

  static void checkAes(String id, SecretKey k) {
    int n = k.getEncoded().length;
    if (n != 16 && n != 24 && n != 32) {
      throw new IllegalArgumentException(
          "key " + id + " has " + n + " bytes; an AES key has 16, 24 or 32");
    }
  }

  @Override
  public String toString() {
    return "FieldCipher[current key " + keys.currentKeyId() + "]";
  }
}
