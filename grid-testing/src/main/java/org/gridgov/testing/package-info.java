/**
 * Test support shared by the modules' tests: {@link org.gridgov.testing.Seeded @Seeded} property
 * tests get a {@link java.util.Random} whose seed is fixed per test and printed when the test
 * fails; replay it with {@code -Dgridgov.seed=<seed>}. {@link org.gridgov.testing.DocExamples}
 * reads the examples of the docs; {@link org.gridgov.testing.Loopback} is an HTTP server on
 * loopback that records the requests of a client under test. {@link
 * org.gridgov.testing.LetterTempDirs} names the build's {@code @TempDir} folders without digits.
 * Not part of the library: tests take it at {@code test} scope.
 */
@NullMarked
package org.gridgov.testing;

import org.jspecify.annotations.NullMarked;
