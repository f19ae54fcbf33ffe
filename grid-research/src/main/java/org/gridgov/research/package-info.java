/**
 * The research workbench: seeded experiments on the founding paper's claims. An {@link
 * org.gridgov.research.Experiment} sweeps the {@link org.gridgov.research.Parameter}s of an {@link
 * org.gridgov.research.ExperimentConfig}, repeats each point with seeds, and runs a {@link
 * org.gridgov.research.DistrictSimulation} for each: a discrete-event simulation on virtual time
 * that drives the real micro-grid planner, event router, escalator and door-knock planner. Results
 * are written as {@code runs.csv}, {@code summary.csv} and PNG charts. See {@code
 * docs/research.md}.
 */
@NullMarked
package org.gridgov.research;

import org.jspecify.annotations.NullMarked;
