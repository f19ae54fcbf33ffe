package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gridgov.dedup.normalize.Addresses;
import org.gridgov.dedup.normalize.Names;

/**
 * Addresses and names: the dedup normalisers ({@link Addresses#parse}, {@link Names}) take any text
 * and never throw.
 */
class AddressFuzzTest {

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    String text = Contract.text(data);
    Addresses.parse(text);
    String name = Names.normalize(text);
    Names.readingKey(name);
    Names.surname(name);
    Names.pinyinKey(text);
  }
}
