package org.gridgov.spi.notify;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.internal.Masking;

/**
 * How to reach a recipient: a mobile number (for SMS, or to mention them in a group robot's
 * message) and a channel address (a group robot's webhook, an account in a messaging app), each if
 * known. {@link #toString()} masks the mobile number.
 *
 * @param mobile the mobile number, as the records hold it
 * @param channel an address on the notifier's channel, its meaning set by the notifier
 * @since 1.1
 */
public record Contact(Optional<String> mobile, Optional<String> channel) {

  /** No contact known. */
  public static final Contact NONE = new Contact(Optional.empty(), Optional.empty());

  /** Validates the parts. */
  public Contact {
    requireNonNull(mobile, "mobile");
    requireNonNull(channel, "channel");
  }

  /** The mobile number masked as {@code 138****5678}, if known. */
  public Optional<String> maskedMobile() {
    return mobile.map(Contact::mask);
  }

  /**
   * A phone number with the 4 digits before its last 4 hidden ({@code 138****5678}, {@code
   * +86138****5678}); every digit but the last 4 when it has 8 digits or fewer. The same masking as
   * everywhere else in gridgov ({@code org.gridgov.core.internal.Masking}).
   */
  public static String mask(String phone) {
    requireNonNull(phone, "phone");
    return Masking.mobile(phone);
  }

  @Override
  public String toString() {
    return "Contact[mobile="
        + maskedMobile().orElse("none")
        + ", channel="
        + channel.orElse("none")
        + "]";
  }
}
