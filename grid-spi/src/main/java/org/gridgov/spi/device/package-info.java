/**
 * The device SPI (物联感知): a {@link org.gridgov.spi.device.DeviceAdapterProvider} creates a {@link
 * org.gridgov.spi.device.DeviceAdapter}, which turns one vendor payload ({@link
 * org.gridgov.spi.device.DevicePayload}: bytes, content type, transport and topic) into {@link
 * org.gridgov.spi.device.DeviceReading}s (a measured value or an alarm of one device at one time),
 * or refuses it with a reason ({@link org.gridgov.spi.device.DecodeResult}). An adapter only reads
 * the vendor's format: which device is where, thresholds, debounce and what becomes a grid event
 * are the library's job ({@code org.gridgov.events.device} in {@code grid-events}). docs/spi.md,
 * "Device adapters", explains how to write one.
 */
@NullMarked
package org.gridgov.spi.device;

import org.jspecify.annotations.NullMarked;
