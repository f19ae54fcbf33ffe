package org.gridgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ChineseMobile @ChineseMobile}. Public only so that validation providers can
 * instantiate it; use the annotation.
 */
public final class ChineseMobileValidator implements ConstraintValidator<ChineseMobile, String> {

  /**
   * Optional country code, then 1, 3-9 and nine more digits; spaces and hyphens may stand between
   * any of them, as numbers are written in real records ({@code 138-0013-8000}).
   */
  private static final Pattern MOBILE =
      Pattern.compile("(?:(?:\\+86|0086|86)[ -]*)?1[ -]*[3-9](?:[ -]*[0-9]){9}");

  /** Creates the validator. */
  public ChineseMobileValidator() {}

  /** Whether {@code value} is null or a mainland mobile number. */
  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || MOBILE.matcher(value.strip()).matches();
  }
}
