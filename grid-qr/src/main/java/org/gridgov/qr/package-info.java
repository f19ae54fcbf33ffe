/**
 * Printable QR codes for report intake from the street: one signed code per building (一码扫楼). {@link
 * org.gridgov.qr.QrImages} renders a signed link (made by {@code grid-events}' {@code
 * BuildingLinks}) as a PNG, and {@link org.gridgov.qr.BuildingQrCodes} does both for every building
 * of a community. This module is the only one that needs ZXing and {@code java.desktop}. See {@code
 * docs/qr.md}.
 */
@NullMarked
package org.gridgov.qr;

import org.jspecify.annotations.NullMarked;
