package org.gridgov.cli;

import java.io.IOException;
import java.io.Writer;
import org.gridgov.core.internal.Masking;

/**
 * The last guard of what the command line prints: every line passes through {@link Masking#scrub},
 * so an identity or mobile number that reaches standard output or standard error (quoted in a
 * message, in a record id, in a plugin's message) shows masked. The files a command writes do not
 * pass here; they mask what their formats say (docs/security.md).
 *
 * <p>Text is held until a line ends or the writer is flushed, so that a number printed in pieces is
 * still seen whole; a line longer than {@link #MAX_HELD} characters is let through up to its last
 * character that cannot be part of a number.
 */
final class MaskingWriter extends Writer {

  /** How much of one line is held at most before part of it is let through. */
  static final int MAX_HELD = 1 << 16;

  private final Writer out;
  private final StringBuilder held = new StringBuilder();

  MaskingWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      char c = cbuf[i];
      held.append(c);
      if (c == '\n') {
        emit(held.length());
      }
    }
    if (held.length() > MAX_HELD) {
      emit(safeCut());
    }
  }

  /** The length of the held text's longest start that does not end inside a possible number. */
  private int safeCut() {
    for (int i = held.length() - 1; i > 0; i--) {
      char c = held.charAt(i);
      if (!(c >= '0' && c <= '9') && c != 'X' && c != 'x' && c != ' ' && c != '-' && c != '+') {
        return i + 1;
      }
    }
    return held.length();
  }

  private void emit(int length) throws IOException {
    out.write(Masking.scrub(held.substring(0, length)));
    held.delete(0, length);
  }

  @Override
  public void flush() throws IOException {
    if (held.length() > 0) {
      emit(held.length());
    }
    out.flush();
  }

  /** Flushes what is held; the writer underneath is the caller's and stays open. */
  @Override
  public void close() throws IOException {
    flush();
  }
}
