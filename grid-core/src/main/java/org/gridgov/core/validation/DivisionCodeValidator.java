package org.gridgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.division.DivisionLevel;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link DivisionCode @DivisionCode}. Public only so that validation providers can
 * instantiate it; use the annotation.
 */
public final class DivisionCodeValidator implements ConstraintValidator<DivisionCode, String> {

  private DivisionLevel[] levels = new DivisionLevel[0];
  private Set<DivisionLevel> allowed = EnumSet.allOf(DivisionLevel.class);

  /** Creates the validator; the provider calls {@link #initialize}. */
  public DivisionCodeValidator() {}

  /** Takes the annotation's attributes. */
  @Override
  public void initialize(DivisionCode annotation) {
    levels = annotation.level().clone();
    allowed =
        levels.length == 0
            ? EnumSet.allOf(DivisionLevel.class)
            : EnumSet.copyOf(Arrays.asList(levels));
  }

  /** Whether {@code value} is null or a division code at an allowed level. */
  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<org.gridgov.core.division.DivisionCode> code =
        org.gridgov.core.division.DivisionCode.tryParse(value);
    if (code.isEmpty()) {
      return false;
    }
    if (!allowed.contains(code.get().level())) {
      return Violations.rejectLevel(
          context, "{org.gridgov.core.validation.DivisionCode.level.message}");
    }
    return true;
  }
}
