package org.gridgov.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is a resident identity number (公民身份号码) of GB 11643, as {@link
 * org.gridgov.core.identity.ResidentIdNumber#parse} accepts it: 18 characters with the right check
 * character (full-width digits, a lower-case {@code x}, spaces and hyphens allowed), and by default
 * also a 15-digit first-generation number. {@code null} is valid; add {@code @NotNull} to require a
 * value.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ResidentIdNumber.List.class)
public @interface ResidentIdNumber {

  /** The message, by default {@code {org.gridgov.core.validation.ResidentIdNumber.message}}. */
  String message() default "{org.gridgov.core.validation.ResidentIdNumber.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Whether a masked number ({@code 510104********1234}) is valid; false by default. */
  boolean allowMasked() default false;

  /** Whether a 15-digit first-generation number is valid; true by default. */
  boolean allowLegacy15() default true;

  /** Several {@code @ResidentIdNumber} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    ResidentIdNumber[] value();
  }
}
