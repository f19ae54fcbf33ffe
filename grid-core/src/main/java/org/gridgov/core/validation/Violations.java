package org.gridgov.core.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gridgov.core.internal.Codes;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Replaces a constraint's default violation by a more precise message. */
final class Violations {

  private Violations() {}

  /** Reports {@code template} instead of the constraint's own message. */
  static boolean reject(ConstraintValidatorContext context, String template) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    return false;
  }

  /**
   * Reports {@code template}, with {@code {levels}} replaced by the allowed levels' file codes
   * ({@code town|village}). The parameter is passed through Hibernate Validator's context, which
   * works with the parameter-only interpolator that {@link GridValidation} sets up.
   */
  static boolean rejectLevel(
      ConstraintValidatorContext context, String template, Enum<?>[] levels) {
    String codes = Arrays.stream(levels).map(Codes::code).collect(Collectors.joining("|"));
    try {
      context
          .unwrap(HibernateConstraintValidatorContext.class)
          .addMessageParameter("levels", codes);
    } catch (ValidationException e) {
      // Another provider: the message keeps its {levels} placeholder, which is still readable.
    }
    return reject(context, template);
  }
}
