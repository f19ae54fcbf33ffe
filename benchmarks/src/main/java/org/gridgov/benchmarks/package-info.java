/**
 * JMH benchmarks of gridgov, each with the competitors measured beside it in the same run. Run them
 * from the shaded jar: {@code java -jar benchmarks/target/benchmarks.jar}; see benchmarks/README.md
 * for the commands and the figures.
 */
package org.gridgov.benchmarks;
