/**
 * Who may see what: a {@link org.gridgov.spi.access.Caller} (a grid member, or a street, community
 * or department office) and the {@link org.gridgov.spi.access.AccessPolicy} that turns it into the
 * {@link org.gridgov.spi.store.Scope} every read of the store takes. docs/security.md describes the
 * access model.
 */
@NullMarked
package org.gridgov.spi.access;

import org.jspecify.annotations.NullMarked;
