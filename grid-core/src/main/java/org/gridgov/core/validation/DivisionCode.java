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
import org.gridgov.core.division.DivisionLevel;

/**
 * The annotated string is a valid 12-digit statistical division code (统计用区划代码), as {@link
 * org.gridgov.core.division.DivisionCode#parse} accepts it, optionally at one of the given {@link
 * #level() levels}. {@code null} is valid; add {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DivisionCode.List.class)
public @interface DivisionCode {

  /** The message, by default {@code {org.gridgov.core.validation.DivisionCode.message}}. */
  String message() default "{org.gridgov.core.validation.DivisionCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The levels allowed; empty (the default) allows any level. */
  DivisionLevel[] level() default {};

  /** Several {@code @DivisionCode} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    DivisionCode[] value();
  }
}
