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
            // A number typed in full (more than 10 digits) never comes back whole, and the
            // message holds no whole identity or mobile number.
            if (text.chars().filter(Character::isDigit).count() > 10 && text.indexOf('*') < 0) {
              assertThat(e.getMessage()).doesNotContain(text);
            }
            assertThat(Masking.scrub(e.getMessage())).isEqualTo(e.getMessage());
            throw e;
          }
        });
    IdNumbers.normalize(text);
    Masking.scrub(text);
  }
}
