/**
 * The rule engine: {@link org.gridgov.rules.validation.GridValidator} runs {@link
 * org.gridgov.rules.validation.GridRule}s, found with {@link java.util.ServiceLoader}, over a grid
 * tree under a {@link org.gridgov.rules.policy.GridPolicy} and returns a {@link
 * org.gridgov.core.finding.ValidationReport}. The rules themselves live in {@code
 * org.gridgov.rules.validation.internal}.
 */
@NullMarked
package org.gridgov.rules.validation;

import org.jspecify.annotations.NullMarked;
