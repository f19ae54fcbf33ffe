package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gridgov.core.internal.Masking;
import org.gridgov.core.validation.ChineseMobileValidator;
import org.gridgov.dedup.normalize.Phones;

/**
 * Phone numbers: the dedup normaliser ({@link Phones}), the mobile-number validator and {@link
 * Masking#mobile} take any text and never throw; a normalised number is stable.
 */
class PhoneFuzzTest {

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    String text = Contract.text(data);
    Phones.normalize(text)
        .ifPresent(
            n -> {
              if (Phones.normalize(n).map(again -> !again.equals(n)).orElse(true)) {
                throw new AssertionError("normalising is not stable: " + Masking.mobile(n));
              }
              Phones.isMobile(n);
              Phones.local(n);
            });
    new ChineseMobileValidator().isValid(text, null);
    Masking.mobile(text);
  }
}
