/**
 * Machinery of the file formats: a streaming RFC 4180 CSV parser and writer that track lines and
 * columns, typed access to CSV fields, and the log that collects problems while a file is read. Not
 * API: no compatibility guarantee.
 */
@NullMarked
package org.gridgov.core.io.internal;

import org.jspecify.annotations.NullMarked;
