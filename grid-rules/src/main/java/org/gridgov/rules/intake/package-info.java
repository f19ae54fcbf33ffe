/**
 * Report intake from the street: one signed QR code per building (一码扫楼). {@link
 * org.gridgov.rules.intake.BuildingLinks} makes and checks the signed report links, {@link
 * org.gridgov.rules.intake.QrImages} renders a link as a printable PNG, and {@link
 * org.gridgov.rules.intake.BuildingQrCodes} does both for every building of a community. See {@code
 * docs/qr.md}.
 */
@NullMarked
package org.gridgov.rules.intake;

import org.jspecify.annotations.NullMarked;
