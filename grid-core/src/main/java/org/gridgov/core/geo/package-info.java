/** WGS 84 geometry helpers shared by the model and its file formats. */
@NullMarked
package org.gridgov.core.geo;

import org.jspecify.annotations.NullMarked;
