package org.gridgov.spi.protect;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Where the keys of field encryption come from: a file ({@link KeyFile}, the default), or a
 * vendor's key management service (a KMS, an HSM) behind this interface. Keys have ids, so that a
 * value written under an old key stays readable after a rotation: new values are written under
 * {@link #currentKeyId()}, old ones read with {@link #key(String)} until a re-encryption pass has
 * rewritten them. The blind-index keys are separate from the encryption keys and have ids of their
 * own: new indexes are computed with {@link #currentIndexKeyId()}, look-ups try every key of {@link
 * #indexKeyIds()}, and the re-encryption pass recomputes the indexes of the others. A provider with
 * one index key need implement {@link #indexKey()} alone; its id is {@value #LEGACY_INDEX_KEY_ID}.
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

  /** The id of a provider's only blind-index key, and of indexes stored without a key id. */
  String LEGACY_INDEX_KEY_ID = "index";

  /** The current key of the blind indexes (HMAC-SHA256), at least 256 bits. */
  SecretKey indexKey();

  /**
   * The id of the blind-index key new indexes are computed with: {@value #LEGACY_INDEX_KEY_ID}, or
   * 1 to 32 letters, digits, {@code -}, {@code _}.
   */
  default String currentIndexKeyId() {
    return LEGACY_INDEX_KEY_ID;
  }

  /** Every blind-index key id the provider has, the current one first. */
  default ImmutableList<String> indexKeyIds() {
    return ImmutableList.of(currentIndexKeyId());
  }

  /** The blind-index key with this id, if the provider has it. */
  default Optional<SecretKey> indexKey(String keyId) {
    return keyId.equals(currentIndexKeyId()) ? Optional.of(indexKey()) : Optional.empty();
  }
}
