package org.gridgov.spi.device;

/**
 * Reads one vendor's payloads. The library calls it from several threads at once, so it must be
 * thread-safe (a stateless adapter is). It must not block on the network or the disk: a transport
 * waits for it.
 */
public interface DeviceAdapter {

  /**
   * Whether this adapter reads the payload, from its content type, transport and topic only; cheap,
   * and never reads the body. The library asks each adapter in turn and hands the payload to the
   * first that says yes.
   */
  boolean accepts(DevicePayload payload);

  /**
   * Reads the payload's readings, or refuses it with the reason. Must not throw for a bad payload:
   * the library treats an exception as a refusal with the exception's message, but a reason the
   * adapter gives says better what is wrong.
   */
  DecodeResult decode(DevicePayload payload);
}
