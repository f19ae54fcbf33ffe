/**
 * Protection at rest: {@link org.gridgov.spi.protect.FieldCipher} encrypts single fields (ID and
 * phone numbers) with AES-GCM and computes their blind indexes (HMAC-SHA256), with keys from a
 * {@link org.gridgov.spi.protect.KeyProvider} ({@link org.gridgov.spi.protect.KeyFile} by default).
 * A durable store uses it for what it writes; docs/security.md describes the scheme and the keys.
 */
@NullMarked
package org.gridgov.spi.protect;

import org.jspecify.annotations.NullMarked;
