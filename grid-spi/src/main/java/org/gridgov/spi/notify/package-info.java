/**
 * The notification SPI: a {@link org.gridgov.spi.notify.NotifierProvider} creates a {@link
 * org.gridgov.spi.notify.Notifier} from a {@link org.gridgov.spi.notify.NotifierConfig}, and the
 * notifier sends one {@link org.gridgov.spi.notify.Notification} to one recipient over its channel
 * (a messaging-app robot, an SMS gateway, a loudspeaker, a log). A notifier only sends: time-outs,
 * retries, dead letters and the delivery record are the library's work ({@code
 * org.gridgov.events.notify.NotificationCenter} in grid-events). docs/spi.md explains how to write
 * one.
 */
@NullMarked
package org.gridgov.spi.notify;

import org.jspecify.annotations.NullMarked;
