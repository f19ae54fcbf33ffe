/**
 * The CAP 1.2 notifier ({@code cap}): turns the area alert of a grade I, II or III incident into an
 * OASIS CAP 1.2 public warning (grid-interop's {@code CapAlert}) and writes it to a folder or posts
 * it to a URL. docs/spi.md describes its settings.
 */
@NullMarked
package org.gridgov.plugins.notify.cap;

import org.jspecify.annotations.NullMarked;
