package org.gridgov.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read through it and reports the count about every megabyte and at the end. */
public final class CountingInputStream extends FilterInputStream {

  private final ProgressCounter counter;

  /** Wraps {@code in}, reporting counts to {@code report}. */
  public CountingInputStream(InputStream in, LongConsumer report) {
    super(in);
    this.counter = new ProgressCounter(report);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    counter.advance(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
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
