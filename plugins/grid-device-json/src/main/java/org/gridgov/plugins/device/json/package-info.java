/**
 * The built-in device adapter ({@code json}): reads the JSON device payload documented in
 * docs/spi.md, "Device adapters", for smoke, combustible-gas, water-level and electrical-fire
 * detectors and video-analytics cameras.
 */
@NullMarked
package org.gridgov.plugins.device.json;

import org.jspecify.annotations.NullMarked;
