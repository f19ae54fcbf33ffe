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
 * The annotated string is a mainland China mobile number: 11 digits starting with {@code 13}–{@code
 * 19}, optionally after the country code ({@code +86}, {@code 0086} or {@code 86}), with spaces or
 * hyphens anywhere between the digits ({@code +86 138-0013-8000}). {@code null} is valid; add
 * {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = ChineseMobileValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ChineseMobile.List.class)
public @interface ChineseMobile {

  /** The message, by default {@code {org.gridgov.core.validation.ChineseMobile.message}}. */
  String message() default "{org.gridgov.core.validation.ChineseMobile.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ChineseMobile} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    ChineseMobile[] value();
  }
}
