package org.gridgov.core.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds a Jakarta {@link Validator} (Hibernate Validator) that knows this package's constraints'
 * messages in English and Simplified Chinese.
 *
 * <p>It interpolates with {@link ParameterMessageInterpolator}, which resolves {@code {key}}
 * messages and {@code {attribute}} parameters but no {@code ${expressions}}, so that embedders need
 * no Jakarta Expression Language implementation. The messages come from the {@code
 * ContributorValidationMessages} bundles in this jar, which Hibernate Validator aggregates from
 * every jar; an application's own {@code ValidationMessages.properties} still overrides any key.
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
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(locale)
            .locales(Set.of(locale))
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
            .buildValidatorFactory();
    return factory.getValidator();
  }
}
