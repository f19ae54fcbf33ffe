package org.gridgov.spi.protect;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Where the keys of field encryption come from: a file ({@link KeyFile}, the default), or a
 * vendor's key management service (a KMS, an HSM) behind this interface. Keys have ids, so that a
 * value written under an old key stays readable after a rotation: new values are written under
 * {@link #currentKeyId()}, old ones read with {@link #key(String)} until a re-encryption pass has
 * rewritten them. The blind-index key is separate from the encryption keys and is not rotated this
 * way: changing it means recomputing every index.
 *
 * <p>Implementations are thread-safe and never show a key in {@code toString()} or a message.
 */
public interface KeyProvider {

  /**
   * The id of the key new values are encrypted with: 1 to 32 letters, digits, {@code -}, {@code _}.
   */
  String currentKeyId();

  /** The AES key (128, 192 or 256 bits) with this id, if the provider has it. */
  Optional<SecretKey> key(String keyId);

  /** The key of the blind indexes (HMAC-SHA256), at least 256 bits. */
  SecretKey indexKey();
}
