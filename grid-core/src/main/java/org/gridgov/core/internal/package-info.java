/** Implementation details shared inside grid-core. Not API: no compatibility guarantee. */
@NullMarked
package org.gridgov.core.internal;

import org.jspecify.annotations.NullMarked;
