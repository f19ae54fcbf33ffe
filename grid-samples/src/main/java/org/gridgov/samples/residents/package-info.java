/**
 * Synthetic resident records with ground truth, for evaluating record linkage (去重): the same people
 * as a dozen community apps would export them, each app with its own fields, formats and errors.
 * Start at {@link org.gridgov.samples.residents.SyntheticResidents}.
 */
@NullMarked
package org.gridgov.samples.residents;

import org.jspecify.annotations.NullMarked;
