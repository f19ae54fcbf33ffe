package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Base64;

/**
 * Secret keys written as text (a key file, an environment variable): hex, or base64 in either
 * alphabet. Shared by the signing keys of building links and of the service's tokens, so that a key
 * is written the same way everywhere.
 */
public final class KeyText {

  private KeyText() {}

  /**
   * The key's bytes: text of hex digits only, of even length, is read as hex; anything else as
   * base64 (standard or URL-safe, padding optional).
   *
   * @throws IllegalArgumentException if the text is empty or neither encoding; the message never
   *     repeats the key
   */
  public static byte[] decode(String text) {
    requireNonNull(text, "key");
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("the key is empty");
    }
    if (t.length() % 2 == 0 && t.chars().allMatch(KeyText::isHexDigit)) {
      byte[] key = new byte[t.length() / 2];
      for (int i = 0; i < key.length; i++) {
        key[i] = (byte) Integer.parseInt(t, 2 * i, 2 * i + 2, 16);
      }
      return key;
    }
    String standard = t.replace('-', '+').replace('_', '/');
    try {
      return Base64.getDecoder().decode(standard);
    } catch (IllegalArgumentException e) {
      // The decoder's message would quote the offending character of the key; say less.
      throw new IllegalArgumentException(
          "the key is neither hex (an even number of hex digits) nor base64 ("
              + t.length()
              + " characters)");
    }
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
