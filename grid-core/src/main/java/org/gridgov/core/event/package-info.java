/**
 * Grid events (网格事件): what members, residents, devices and video analytics report — a hazard, an
 * incident, a dispute, a need — with its category, severity, source and place. These values live in
 * grid-core because they cross the SPI: vendors store and notify them.
 */
@NullMarked
package org.gridgov.core.event;

import org.jspecify.annotations.NullMarked;
