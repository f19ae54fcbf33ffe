package org.gridgov.core.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.MessageInterpolator;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.gridgov.core.internal.Codes;

/**
 * A message interpolator that needs nothing but the Jakarta Validation API: it replaces {@code
 * {key}} by the message of that key and {@code {attribute}} by the constraint's attribute, and
 * leaves {@code ${expressions}} alone. Keys are looked up, first match winning, in the
 * application's {@code ValidationMessages}, this jar's {@code ContributorValidationMessages} and
 * the reference provider's {@code org.hibernate.validator.ValidationMessages} (the standard
 * constraints' messages, when Hibernate Validator is the provider).
 *
 * <p>An attribute that is an array is written as its elements joined by {@code |}, and an enum of
 * the model by its file code, so {@code level = {TOWN, VILLAGE}} reads {@code town|village}. The
 * locale is fixed per interpolator; a bundle missing for it falls back to the base bundle, never to
 * the JVM's default locale.
 */
final class BundleMessageInterpolator implements MessageInterpolator {

  private static final List<String> BUNDLES =
      List.of(
          "ValidationMessages",
          "ContributorValidationMessages",
          "org.hibernate.validator.ValidationMessages");

  /** Messages may refer to other keys; a cycle stops after this many rounds. */
  private static final int MAX_DEPTH = 8;

  private final Locale locale;
  private final List<ResourceBundle> bundles;

  BundleMessageInterpolator(Locale locale) {
    this.locale = requireNonNull(locale, "locale");
    List<ResourceBundle> found = new ArrayList<>();
    ResourceBundle.Control control =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ClassLoader loader = BundleMessageInterpolator.class.getClassLoader();
    for (String name : BUNDLES) {
      try {
        found.add(ResourceBundle.getBundle(name, locale, loader, control));
      } catch (MissingResourceException e) {
        // Not every application has its own bundle, nor every provider Hibernate's.
      }
    }
    this.bundles = List.copyOf(found);
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, locale);
  }

  @Override
  public String interpolate(String template, Context context, Locale ignored) {
    requireNonNull(template, "template");
    requireNonNull(context, "context");
    String message = template;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      String next = replace(message, name -> message(name));
      if (next.equals(message)) {
        break;
      }
      message = next;
    }
    Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
    message =
        replace(
            message,
            name -> Optional.ofNullable(attributes.get(name)).map(BundleMessageInterpolator::text));
    return unescape(message);
  }

  private Optional<String> message(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) {
        return Optional.of(b.getString(key));
      }
    }
    return Optional.empty();
  }

  /** Replaces each unescaped {@code {name}} that {@code lookup} knows; leaves the others. */
  private static String replace(
      String message, java.util.function.Function<String, Optional<String>> lookup) {
    StringBuilder out = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '\\' && i + 1 < message.length()) {
        out.append(c).append(message.charAt(i + 1));
        i += 2;
        continue;
      }
      int close = c == '{' ? message.indexOf('}', i + 1) : -1;
      boolean expression = i > 0 && message.charAt(i - 1) == '$';
      if (close > i && !expression) {
        String name = message.substring(i + 1, close);
        Optional<String> value = lookup.apply(name);
        if (value.isPresent()) {
          out.append(value.get());
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String text(Object value) {
    if (value.getClass().isArray()) {
      StringJoiner joined = new StringJoiner("|");
      for (int i = 0; i < Array.getLength(value); i++) {
        joined.add(text(Array.get(value, i)));
      }
      return joined.toString();
    }
    if (value instanceof Enum<?> e) {
      return Codes.code(e);
    }
    return String.valueOf(value);
  }

  private static String unescape(String message) {
    StringBuilder out = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' && i + 1 < message.length() && "{}\\$".indexOf(message.charAt(i + 1)) >= 0) {
        out.append(message.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
