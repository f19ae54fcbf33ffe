package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and knows the line and column of a bad byte sequence. The JDK's {@code
 * InputStreamReader} decodes ahead of what its reader has consumed and says nothing about where the
 * bad bytes are, so a GBK file was reported lines away from its first GBK character (or at no line
 * at all). Here every character before the bad sequence is handed out first, and only then {@link
 * MalformedText} is thrown, carrying the place counted over exactly those characters.
 */
public final class Utf8Reader extends Reader {

  /** Bytes that are not UTF-8, at a line and column (both 1-based) of the text before them. */
  public static final class MalformedText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;
    private final String encoding;

    MalformedText(long line, long column, String encoding) {
      this.line = line;
      this.column = column;
      this.encoding = encoding;
    }

    /** The encoding the bytes are not in: {@code UTF-8}, or {@code GB18030} when one was asked. */
    public String encoding() {
      return encoding;
    }

    /** The line of the first bad byte, 1-based. */
    public long line() {
      return line;
    }

    /** The column (in characters) of the first bad byte, 1-based. */
    public long column() {
      return column;
    }

    @Override
    public String getMessage() {
      return "not " + encoding + " at line " + line + ", column " + column;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
  private boolean endOfBytes;
  private boolean flushed;
  private boolean malformed;
  private long line = 1;
  private long column = 1;

  /** Decodes {@code in}, which it closes when closed. */
  public Utf8Reader(InputStream in) {
    this(in, StandardCharsets.UTF_8);
  }

  /**
   * Decodes {@code in} in another encoding as strictly ({@code GB18030} for a CSV file saved by
   * Excel in China), which it closes when closed.
   */
  public Utf8Reader(InputStream in, Charset charset) {
    this.in = requireNonNull(in, "in");
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (malformed) {
        throw new MalformedText(line, column, decoder.charset().name());
      }
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    for (int i = off; i < off + n; i++) {
      if (buf[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return n;
  }

  /** Decodes the next characters, stopping before bad bytes (and remembering them). */
  private void fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && !malformed && !flushed) {
        if (!endOfBytes && bytes.remaining() < 4) {
          bytes.compact();
          int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (r < 0) {
            endOfBytes = true;
          } else {
            bytes.position(bytes.position() + r);
          }
          bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfBytes);
        if (result.isError()) {
          malformed = true;
        } else if (endOfBytes && !bytes.hasRemaining()) {
          decoder.flush(chars);
          flushed = true;
        }
      }
    } finally {
      chars.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
