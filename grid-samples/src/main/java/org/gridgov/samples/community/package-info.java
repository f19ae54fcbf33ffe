/**
 * Seeded sample communities: a realistic urban community in Chengdu and a rural village, built as
 * {@link org.gridgov.core.grid.GridTree}s for demos, tests and research experiments. Start at
 * {@link org.gridgov.samples.community.SampleCommunities}.
 */
@NullMarked
package org.gridgov.samples.community;

import org.jspecify.annotations.NullMarked;
