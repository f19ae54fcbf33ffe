/**
 * Findings: what a validator (or any other check) says about a grid tree, each with a stable rule
 * id, a severity, the grid and subject it concerns, the measured value and the limit, and a message
 * in English and Simplified Chinese. These values live in grid-core because they cross the SPI:
 * vendors store and show them.
 */
@NullMarked
package org.gridgov.core.finding;

import org.jspecify.annotations.NullMarked;
