/**
 * A vendor's plugins for gridgov, as a vendor writes them: a notifier that spools notifications for
 * the vendor's SMS daemon ({@link com.example.gridvendor.SpoolNotifierProvider}) and an adapter for
 * the vendor's text alarm format ({@link com.example.gridvendor.AcmeAlarmAdapterProvider}). The jar
 * depends on {@code grid-spi} alone; put it on the class path of {@code grid} and {@code grid
 * plugins} lists both.
 */
@NullMarked
package com.example.gridvendor;

import org.jspecify.annotations.NullMarked;
