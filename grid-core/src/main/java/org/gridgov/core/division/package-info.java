/** China's 12-digit statistical division code (统计用区划代码) and what its segments mean. */
@NullMarked
package org.gridgov.core.division;

import org.jspecify.annotations.NullMarked;
