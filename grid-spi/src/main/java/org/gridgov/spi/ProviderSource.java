package org.gridgov.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Where {@link Plugins} finds candidates: {@link java.util.ServiceLoader} in production, a fixed
 * list in tests (OpenTelemetry's {@code ComponentLoader} plays the same part). A candidate is found
 * without being created, so that a provider whose constructor throws can be reported by name.
 */
public interface ProviderSource {

  /**
   * Every candidate for {@code type}, in the order found, and the problems met on the way (a
   * service file naming a class that is missing, say).
   */
  <P> Listing<P> candidates(Class<P> type);

  /**
   * What a source found for one type.
   *
   * @param candidates the candidates, in the order found
   * @param errors the entries that could not even be looked at, described
   * @param <P> the provider interface
   */
  record Listing<P>(ImmutableList<Candidate<P>> candidates, ImmutableList<String> errors) {
    /** Validates the parts. */
    public Listing {
      requireNonNull(candidates, "candidates");
      requireNonNull(errors, "errors");
    }
  }

  /**
   * One provider found but not yet created.
   *
   * @param type the implementation class
   * @param factory creates the provider; may throw
   * @param <P> the provider interface
   */
  record Candidate<P>(Class<? extends P> type, Supplier<? extends P> factory) {
    /** Validates the parts. */
    public Candidate {
      requireNonNull(type, "type");
      requireNonNull(factory, "factory");
    }
  }

  /** The {@link ServiceLoader} of the thread's context class loader (or this class's own). */
  static ProviderSource serviceLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return serviceLoader(context != null ? context : ProviderSource.class.getClassLoader());
  }

  /** The {@link ServiceLoader} of {@code loader}. */
  static ProviderSource serviceLoader(ClassLoader loader) {
    requireNonNull(loader, "loader");
    return new ProviderSource() {
      @Override
      public <P> Listing<P> candidates(Class<P> type) {
        List<Candidate<P>> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        var it = ServiceLoader.load(type, loader).stream().iterator();
        // ServiceLoader goes on to the next entry after an error (its documented "best effort"),
        // so one broken jar costs only its own plugin.
        while (true) {
          try {
            if (!it.hasNext()) {
              break;
            }
            ServiceLoader.Provider<P> p = it.next();
            found.add(new Candidate<>(p.type(), p::get));
          } catch (ServiceConfigurationError e) {
            errors.add(String.valueOf(e.getMessage()));
          }
        }
        return new Listing<>(ImmutableList.copyOf(found), ImmutableList.copyOf(errors));
      }
    };
  }

  /**
   * A fixed list of candidates, for tests: each is offered for every provider interface it
   * implements.
   */
  static ProviderSource of(List<Candidate<?>> candidates) {
    ImmutableList<Candidate<?>> all = ImmutableList.copyOf(candidates);
    return new ProviderSource() {
      @Override
      @SuppressWarnings("unchecked") // checked by isAssignableFrom just before
      public <P> Listing<P> candidates(Class<P> type) {
        ImmutableList.Builder<Candidate<P>> found = ImmutableList.builder();
        for (Candidate<?> c : all) {
          if (type.isAssignableFrom(c.type())) {
            found.add((Candidate<P>) c);
          }
        }
        return new Listing<>(found.build(), ImmutableList.of());
      }
    };
  }
}
