package org.gridgov.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.internal.Masking;
import org.gridgov.dedup.normalize.IdNumbers;

/**
 * Identity numbers: {@link ResidentIdNumber#parse} refuses with an {@code IllegalArgumentException}
 * whose message never holds the whole input; the dedup normaliser and {@link Masking} never throw.
 */
class IdNumberFuzzTest {

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    String text = Contract.text(data);
    Contract.refusesOnlyWith(
        IllegalArgumentException.class,
        () -> {
          try {
            ResidentIdNumber n = ResidentIdNumber.parse(text);
            assertThat(ResidentIdNumber.parse(n.value())).isEqualTo(n);
            assertThat(n.toString()).isEqualTo(Masking.idNumber(n.value()));
          } catch (IllegalArgumentException e) {
            // A number typed in full never comes back whole in the message.
            if (text.length() > 10 && text.indexOf('*') < 0) {
              assertThat(e.getMessage()).doesNotContain(text);
            }
            throw e;
          }
        });
    IdNumbers.normalize(text);
    Masking.scrub(text);
  }
}
