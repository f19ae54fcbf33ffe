package org.gridgov.core.validation;

import jakarta.validation.ConstraintValidatorContext;

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
   * Reports {@code template}, whose {@code {level}} parameter {@link BundleMessageInterpolator}
   * writes as the allowed levels' file codes ({@code town|village}).
   */
  static boolean rejectLevel(ConstraintValidatorContext context, String template) {
    return reject(context, template);
  }
}
