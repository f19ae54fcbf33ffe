package org.gridgov.core.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.LongConsumer;

/**
 * Counts the characters read through it and reports the count about every million characters and at
 * the end.
 */
public final class CountingReader extends FilterReader {

  private final ProgressCounter counter;

  /** Wraps {@code in}, reporting counts to {@code report}. */
  public CountingReader(Reader in, LongConsumer report) {
    super(in);
    this.counter = new ProgressCounter(report);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    counter.advance(c < 0 ? -1 : 1);
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    counter.advance(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counter.advance(skipped);
    return skipped;
  }
}
