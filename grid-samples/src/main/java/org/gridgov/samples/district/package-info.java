/**
 * Synthetic districts: many communities on a regular lattice, large enough to measure the
 * validators at the scale of a city district (millions of households), and regular enough that they
 * satisfy the default policy.
 */
@NullMarked
package org.gridgov.samples.district;

import org.jspecify.annotations.NullMarked;
