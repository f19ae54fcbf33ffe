/**
 * Seeded sample communities: a realistic urban community in Chengdu and a rural village, built as
 * {@link org.gridgov.core.grid.GridTree}s for demos, tests and research experiments. Start at
 * {@link org.gridgov.examples.sample.SampleCommunities}.
 */
@NullMarked
package org.gridgov.examples.sample;

import org.jspecify.annotations.NullMarked;
