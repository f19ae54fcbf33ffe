/**
 * The generic webhook notifier ({@code webhook}): posts each notification as JSON to a URL, signed
 * with HMAC-SHA256 over the timestamp and the body. docs/spi.md gives the body's schema, the
 * headers and how to check the signature.
 */
@NullMarked
package org.gridgov.plugins.notify.webhook;

import org.jspecify.annotations.NullMarked;
