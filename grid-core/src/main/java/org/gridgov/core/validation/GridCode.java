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
import org.gridgov.core.grid.GridLevel;

/**
 * The annotated string is a valid grid code, as {@link org.gridgov.core.grid.GridCode#parse}
 * accepts it (community, general, micro or exclusive), optionally of one of the given {@link
 * #level() levels}. {@code null} is valid; add {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = GridCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(GridCode.List.class)
public @interface GridCode {

  /** The message, by default {@code {org.gridgov.core.validation.GridCode.message}}. */
  String message() default "{org.gridgov.core.validation.GridCode.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The grid levels allowed; empty (the default) allows any level. */
  GridLevel[] level() default {};

  /** Several {@code @GridCode} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    GridCode[] value();
  }
}
