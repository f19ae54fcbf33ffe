/**
 * Exchange with systems outside the grid: cases and reports as Open311 GeoReport v2 service
 * requests (JSON), so that a city's 12345 hotline platform or a resident app can read and send
 * them, and area incidents of grades I–III as OASIS CAP 1.2 alerts (XML), so that an emergency
 * broadcast system can warn the public (预警信息发布). See {@code docs/interop.md}.
 */
@NullMarked
package org.gridgov.interop;

import org.jspecify.annotations.NullMarked;
