/**
 * Live intake: reports taken one small batch at a time as they arrive, joined to the open case of
 * the same incident or routed into a new one, written to the store's case log in one transaction
 * per batch, and followed up the ladder on the wall clock. {@code grid serve} runs on it; a
 * vendor's own service can too. The batch counterpart is {@link
 * org.gridgov.events.routing.CaseIntake}.
 */
@NullMarked
package org.gridgov.events.live;

import org.jspecify.annotations.NullMarked;
