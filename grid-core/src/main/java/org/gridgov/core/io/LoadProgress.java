package org.gridgov.core.io;

/**
 * Receives how far a {@link GridFiles.Loader} has read, so that a long load can show progress.
 * Called from the loading thread, about every megabyte of input and once at the end of each input;
 * keep it quick.
 */
@FunctionalInterface
public interface LoadProgress {

  /**
   * Reports progress through one input.
   *
   * @param source the input's name, as problems name it
   * @param bytesRead bytes read so far from a file, or characters read from a {@link
   *     java.io.Reader}
   * @param totalBytes the file's size in bytes, or -1 when not known (a reader)
   */
  void update(String source, long bytesRead, long totalBytes);
}
