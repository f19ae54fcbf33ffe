/**
 * Readers and writers of the interchange formats: grids as GeoJSON, households, members and party
 * organisations as CSV. Readers stream their input and report every bad row with its file, line and
 * column.
 */
@NullMarked
package org.gridgov.core.io;

import org.jspecify.annotations.NullMarked;
