/**
 * The library's device intake (物联感知接入): a {@link org.gridgov.events.device.DeviceIntake} takes one
 * payload from any transport, has a device adapter read it, places each reading by the {@link
 * org.gridgov.events.device.DeviceRegistry}, applies the {@link
 * org.gridgov.events.device.DevicePolicy}'s thresholds, folds repeated alarms of one condition
 * (debounce), and hands back the {@link org.gridgov.core.event.GridEvent}s to route. A payload it
 * cannot take is refused with the reason and kept in a {@link
 * org.gridgov.events.device.RefusedPayloads} sink, never dropped. See docs/events.md, "Devices".
 */
@NullMarked
package org.gridgov.events.device;

import org.jspecify.annotations.NullMarked;
