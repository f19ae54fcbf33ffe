package org.gridgov.core.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a Jakarta {@link Validator} that knows this package's constraints' messages in English and
 * Simplified Chinese.
 *
 * <p>The validator comes from whichever Jakarta Validation provider is on the class path (this
 * library declares only the API; Hibernate Validator is the reference provider, and the one this
 * project tests with). Messages are interpolated by {@link BundleMessageInterpolator}, which
 * resolves {@code {key}} messages and {@code {attribute}} parameters but no {@code ${expressions}},
 * so that embedders need no Jakarta Expression Language implementation. The messages come from the
 * {@code ContributorValidationMessages} bundles in this jar; an application's own {@code
 * ValidationMessages.properties} still overrides any key.
 */
public final class GridValidation {

  /** Validators are thread-safe and costly to set up: one per default locale. */
  private static final Map<Locale, Validator> VALIDATORS = new ConcurrentHashMap<>();

  private GridValidation() {}

  /** A validator whose messages are in the JVM's default locale (English when not Chinese). */
  public static Validator validator() {
    return validator(Locale.getDefault());
  }

  /**
   * A validator whose messages are in {@code locale}: Simplified Chinese for {@code zh_CN} (and
   * {@code zh}), English otherwise.
   */
  public static Validator validator(Locale locale) {
    requireNonNull(locale, "locale");
    return VALIDATORS.computeIfAbsent(locale, GridValidation::build);
  }

  private static Validator build(Locale locale) {
    // The factory is not closed: it backs the validator, which is kept for the JVM's lifetime.
    ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new BundleMessageInterpolator(locale))
            .buildValidatorFactory();
    return factory.getValidator();
  }
}
