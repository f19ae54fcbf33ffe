/**
 * Report intake from the street: the signed per-building report links (一码扫楼). {@link
 * org.gridgov.events.intake.BuildingLinks} makes and checks the links; {@code grid-qr} prints them
 * as QR codes. See {@code docs/qr.md}.
 */
@NullMarked
package org.gridgov.events.intake;

import org.jspecify.annotations.NullMarked;
