/**
 * Notification delivery: {@link org.gridgov.events.notify.NotificationCenter} turns new cases and
 * the escalator's notices into notifications for the right people (the member, the departments, the
 * offices up the ladder), renders their text in Chinese and English ({@link
 * org.gridgov.events.notify.Templates}), and delivers them through the configured notifiers ({@link
 * org.gridgov.events.notify.NotificationSettings}) off the caller's thread, with a time-out per
 * call, retries with exponential back-off and jitter ({@link org.gridgov.events.notify.Backoff}), a
 * dead letter in the store for what finally failed and a delivery record per case. docs/spi.md
 * describes the configuration file and the delivery semantics.
 */
@NullMarked
package org.gridgov.events.notify;

import org.jspecify.annotations.NullMarked;
