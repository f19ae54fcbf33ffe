package org.gridgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.gridgov.core.identity.IdNumberForm;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ResidentIdNumber @ResidentIdNumber}. Public only so that validation providers can
 * instantiate it; use the annotation.
 */
public final class ResidentIdNumberValidator
    implements ConstraintValidator<ResidentIdNumber, String> {

  private boolean allowMasked;
  private boolean allowLegacy15;

  /** Creates the validator; the provider calls {@link #initialize}. */
  public ResidentIdNumberValidator() {}

  /** Takes the annotation's attributes. */
  @Override
  public void initialize(ResidentIdNumber annotation) {
    allowMasked = annotation.allowMasked();
    allowLegacy15 = annotation.allowLegacy15();
  }

  /** Whether {@code value} is null or an identity number in an allowed form. */
  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<org.gridgov.core.identity.ResidentIdNumber> number =
        org.gridgov.core.identity.ResidentIdNumber.tryParse(value);
    if (number.isEmpty()) {
      return false;
    }
    IdNumberForm form = number.get().form();
    if (form == IdNumberForm.MASKED && !allowMasked) {
      return Violations.reject(
          context, "{org.gridgov.core.validation.ResidentIdNumber.masked.message}");
    }
    if (form == IdNumberForm.LEGACY_15 && !allowLegacy15) {
      return Violations.reject(
          context, "{org.gridgov.core.validation.ResidentIdNumber.legacy15.message}");
    }
    return true;
  }
}
