package org.gridgov.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests take a {@link java.util.random.RandomGenerator} or {@link
 * java.util.Random} parameter seeded by {@link SeedExtension}. The seed is printed when a test
 * fails; replay it with {@code -Dgridgov.seed=<seed>}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SeedExtension.class)
public @interface Seeded {}
