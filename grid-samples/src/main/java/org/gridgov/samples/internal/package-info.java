/**
 * What the generators of this module share: the random draws ({@link
 * org.gridgov.samples.internal.Draw}) and the table of Chinese names with their readings ({@link
 * org.gridgov.samples.internal.ChineseNames}). Internal: no compatibility promise.
 */
@NullMarked
package org.gridgov.samples.internal;

import org.jspecify.annotations.NullMarked;
