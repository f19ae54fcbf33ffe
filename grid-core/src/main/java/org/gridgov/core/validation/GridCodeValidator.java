package org.gridgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.grid.GridLevel;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link GridCode @GridCode}. Public only so that validation providers can instantiate it;
 * use the annotation.
 */
public final class GridCodeValidator implements ConstraintValidator<GridCode, String> {

  private GridLevel[] levels = new GridLevel[0];
  private Set<GridLevel> allowed = EnumSet.allOf(GridLevel.class);

  /** Creates the validator; the provider calls {@link #initialize}. */
  public GridCodeValidator() {}

  /** Takes the annotation's attributes. */
  @Override
  public void initialize(GridCode annotation) {
    levels = annotation.level().clone();
    allowed =
        levels.length == 0 ? EnumSet.allOf(GridLevel.class) : EnumSet.copyOf(Arrays.asList(levels));
  }

  /** Whether {@code value} is null or a grid code of an allowed level. */
  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<org.gridgov.core.grid.GridCode> code = org.gridgov.core.grid.GridCode.tryParse(value);
    if (code.isEmpty()) {
      return false;
    }
    if (!allowed.contains(code.get().level())) {
      return Violations.rejectLevel(
          context, "{org.gridgov.core.validation.GridCode.level.message}");
    }
    return true;
  }
}
