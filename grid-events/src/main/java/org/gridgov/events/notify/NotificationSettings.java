package org.gridgov.events.notify;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.Recipient;

/**
 * The notification configuration: how deliveries are made, which notifiers serve which recipients
 * (with their settings and secrets), and the recipients' contacts. Read from a JSON file ({@link
 * #read(Path)}) whose format docs/spi.md defines; every bad field is reported with its JSON path.
 *
 * @param delivery time-out, retries, threads and queue
 * @param notifiers the notifiers, in the file's order; empty for the default (the available
 *     notifier plugin of the highest priority, serving everyone)
 * @param contacts the recipients' contacts
 */
public record NotificationSettings(
    Delivery delivery, ImmutableList<NotifierEntry> notifiers, Contacts contacts) {

  /** Validates the parts. */
  public NotificationSettings {
    requireNonNull(delivery, "delivery");
    requireNonNull(notifiers, "notifiers");
    requireNonNull(contacts, "contacts");
  }

  /** The default delivery, no notifiers named (the default plugin serves), no contacts. */
  public static NotificationSettings defaults() {
    return new NotificationSettings(Delivery.DEFAULT, ImmutableList.of(), Contacts.NONE);
  }

  /**
   * How deliveries are made.
   *
   * @param timeout how long one call of a notifier may take before it is abandoned (its thread
   *     interrupted) and counted as failed
   * @param attempts how many times a notification is sent before it is a dead letter, at least 1
   * @param backoff the waits between attempts
   * @param threads how many deliveries run at once
   * @param queue how many accepted notifications may wait for a thread; beyond it a notification is
   *     a dead letter at once
   * @param drain how long {@link NotificationCenter#close()} waits for accepted notifications
   */
  public record Delivery(
      Duration timeout, int attempts, Backoff backoff, int threads, int queue, Duration drain) {

    /** 5 s per call, 4 attempts, the default back-off, 4 threads, 10,000 queued, 10 s to drain. */
    public static final Delivery DEFAULT =
        new Delivery(Duration.ofSeconds(5), 4, Backoff.DEFAULT, 4, 10_000, Duration.ofSeconds(10));

    /** Validates the parts. */
    public Delivery {
      requireNonNull(timeout, "timeout");
      requireNonNull(backoff, "backoff");
      requireNonNull(drain, "drain");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the call time-out is positive, not " + timeout);
      }
      if (attempts < 1 || attempts > 100) {
        throw new IllegalArgumentException("attempts are 1 to 100, not " + attempts);
      }
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads are 1 to 256, not " + threads);
      }
      if (queue < 1) {
        throw new IllegalArgumentException("the queue holds at least 1, not " + queue);
      }
      if (drain.isNegative()) {
        throw new IllegalArgumentException("the drain time is not negative: " + drain);
      }
    }
  }

  /**
   * One notifier of the configuration.
   *
   * @param plugin the notifier plugin's name ({@code wecom}, {@code webhook}, …)
   * @param config the notifier's name, settings and secrets, handed to the plugin
   * @param serves whom it serves: {@code member}, {@code department}, {@code office} (every
   *     recipient of the kind), or a kind and an id, {@code department:fire_brigade}; an office's
   *     id matches an office whose division code starts with it ({@code office:510107} serves every
   *     office of that district)
   */
  public record NotifierEntry(String plugin, NotifierConfig config, ImmutableList<String> serves) {

    /** Validates the parts. */
    public NotifierEntry {
      requireNonNull(plugin, "plugin");
      requireNonNull(config, "config");
      requireNonNull(serves, "serves");
      for (String s : serves) {
        if (!SERVES.matcher(s).matches()) {
          throw new IllegalArgumentException(
              "notifier "
                  + config.name()
                  + ": \""
                  + s
                  + "\" is not whom a notifier serves (member, department, office, or kind:id)");
        }
      }
    }

    /** Whether this notifier serves {@code r}. */
    public boolean serves(Recipient r) {
      for (String s : serves) {
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon);
        if (!kind.equals(r.kind().code())) {
          continue;
        }
        if (colon < 0) {
          return true;
        }
        String id = s.substring(colon + 1);
        if (r.kind() == Recipient.Kind.OFFICE ? r.id().startsWith(id) : r.id().equals(id)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A department or office: its name and contact.
   *
   * @param name the name, for people
   * @param contact how to reach it
   */
  public record Named(String name, Contact contact) {
    /** Validates the parts. */
    public Named {
      requireNonNull(name, "name");
      requireNonNull(contact, "contact");
    }
  }

  /**
   * The recipients' contacts. The grid members' names come from the community's records; their
   * mobile numbers, and the departments and offices, from here.
   *
   * @param members per member id, the contact
   * @param departments per department code ({@code fire_brigade}), its name and contact
   * @param offices per 12-digit division code (of a community {@code 510107011005}, a street {@code
   *     510107011000}, a district {@code 510107000000}), the office's name and contact
   */
  public record Contacts(
      ImmutableMap<String, Contact> members,
      ImmutableMap<String, Named> departments,
      ImmutableMap<String, Named> offices) {

    /** No contacts. */
    public static final Contacts NONE =
        new Contacts(ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());

    /** Validates the parts. */
    public Contacts {
      requireNonNull(members, "members");
      requireNonNull(departments, "departments");
      requireNonNull(offices, "offices");
    }
  }

  private static final Pattern SERVES =
      Pattern.compile("(member|department|office)(:[A-Za-z0-9._-]{1,200})?");

  /**
   * Reads the configuration file.
   *
   * @throws InvalidInputException listing every bad field with its JSON path (a missing file is one
   *     too)
   * @throws java.io.UncheckedIOException if the file cannot be read for another reason
   */
  public static NotificationSettings read(Path file) {
    return TextFiles.read(
        file, "the notification configuration", (in, source) -> read(in, source, System::getenv));
  }

  /**
   * Reads a configuration.
   *
   * @param in the JSON; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad field with its JSON path
   */
  public static NotificationSettings read(Reader in, String source) {
    return read(in, source, System::getenv);
  }

  /** Reads with {@code env} for the secrets written as {@code env:NAME}. */
  static NotificationSettings read(
      Reader in, String source, Function<String, @org.jspecify.annotations.Nullable String> env) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    JsonNode root = StrictJson.readTree(in, source, "the notification configuration");
    Reading r = new Reading(source, env);
    NotificationSettings s = r.settings(root);
    if (!r.problems.isEmpty()) {
      throw new InvalidInputException(
          "cannot read the notification configuration " + source, r.problems);
    }
    return s;
  }

  /** The reading of one document, collecting its problems. */
  private static final class Reading {
    final String source;
    final Function<String, @org.jspecify.annotations.Nullable String> env;
    final List<Problem> problems = new ArrayList<>();

    Reading(String source, Function<String, @org.jspecify.annotations.Nullable String> env) {
      this.source = source;
      this.env = env;
    }

    void problem(String path, String message) {
      problems.add(Problem.at(SourceLocation.of(source, 0), path, message));
    }

    /** Reports the fields of an object that are not among {@code allowed}. */
    boolean object(JsonNode node, String path, Set<String> allowed) {
      if (!node.isObject()) {
        problem(path, "expected a JSON object");
        return false;
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          problem(
              path + "." + f,
              "unknown field; expected one of "
                  + String.join(", ", allowed.stream().sorted().toList()));
        }
      }
      return true;
    }

    NotificationSettings settings(JsonNode root) {
      if (!object(root, "$", Set.of("delivery", "notifiers", "contacts"))) {
        return defaults();
      }
      Delivery delivery =
          root.has("delivery") ? delivery(root.get("delivery"), "$.delivery") : Delivery.DEFAULT;
      ImmutableList<NotifierEntry> notifiers = ImmutableList.of();
      if (root.has("notifiers")) {
        notifiers = notifiers(root.get("notifiers"), "$.notifiers");
      }
      Contacts contacts =
          root.has("contacts") ? contacts(root.get("contacts"), "$.contacts") : Contacts.NONE;
      return new NotificationSettings(delivery, notifiers, contacts);
    }

    Delivery delivery(JsonNode n, String path) {
      Delivery d = Delivery.DEFAULT;
      if (!object(
          n, path, Set.of("timeout_ms", "attempts", "backoff", "threads", "queue", "drain_ms"))) {
        return d;
      }
      long timeout = whole(n, path, "timeout_ms", d.timeout().toMillis(), 1, 3_600_000);
      long attempts = whole(n, path, "attempts", d.attempts(), 1, 100);
      long threads = whole(n, path, "threads", d.threads(), 1, 256);
      long queue = whole(n, path, "queue", d.queue(), 1, 10_000_000);
      long drain = whole(n, path, "drain_ms", d.drain().toMillis(), 0, 3_600_000);
      Backoff b = d.backoff();
      if (n.has("backoff")) {
        JsonNode bn = n.get("backoff");
        String bp = path + ".backoff";
        if (object(bn, bp, Set.of("initial_ms", "multiplier", "max_ms", "jitter"))) {
          long initial = whole(bn, bp, "initial_ms", b.initial().toMillis(), 0, 86_400_000);
          double multiplier = decimal(bn, bp, "multiplier", b.multiplier(), 1, 100);
          long max = whole(bn, bp, "max_ms", b.max().toMillis(), 0, 86_400_000);
          double jitter = decimal(bn, bp, "jitter", b.jitter(), 0, 1);
          if (max < initial) {
            problem(
                bp + ".max_ms",
                "the longest wait " + max + " is shorter than the first " + initial);
          } else {
            b = new Backoff(Duration.ofMillis(initial), multiplier, Duration.ofMillis(max), jitter);
          }
        }
      }
      return new Delivery(
          Duration.ofMillis(timeout),
          (int) attempts,
          b,
          (int) threads,
          (int) queue,
          Duration.ofMillis(drain));
    }

    long whole(JsonNode n, String path, String field, long fallback, long min, long max) {
      JsonNode v = n.get(field);
      if (v == null) {
        return fallback;
      }
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
        problem(
            path + "." + field,
            "expected a whole number from " + min + " to " + max + ", got " + v);
        return fallback;
      }
      return v.asLong();
    }

    double decimal(JsonNode n, String path, String field, double fallback, double min, double max) {
      JsonNode v = n.get(field);
      if (v == null) {
        return fallback;
      }
      if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
        problem(path + "." + field, "expected a number from " + min + " to " + max + ", got " + v);
        return fallback;
      }
      return v.asDouble();
    }

    ImmutableList<NotifierEntry> notifiers(JsonNode n, String path) {
      if (!n.isArray()) {
        problem(path, "expected a JSON array of notifiers");
        return ImmutableList.of();
      }
      List<NotifierEntry> out = new ArrayList<>();
      Set<String> names = new java.util.HashSet<>();
      for (int i = 0; i < n.size(); i++) {
        String p = path + "[" + i + "]";
        JsonNode e = n.get(i);
        if (!object(e, p, Set.of("name", "plugin", "serves", "properties", "secrets"))) {
          continue;
        }
        Optional<String> name = text(e, p, "name", true);
        Optional<String> plugin = text(e, p, "plugin", true);
        List<String> serves = new ArrayList<>();
        if (e.has("serves")) {
          JsonNode s = e.get("serves");
          if (!s.isArray() || s.isEmpty()) {
            problem(p + ".serves", "expected a non-empty array such as [\"member\", \"office\"]");
          } else {
            for (int j = 0; j < s.size(); j++) {
              String v = s.get(j).isTextual() ? s.get(j).asText() : "";
              if (!SERVES.matcher(v).matches()) {
                problem(
                    p + ".serves[" + j + "]",
                    "expected member, department, office, or a kind and an id (office:510107),"
                        + " got "
                        + s.get(j));
              } else {
                serves.add(v);
              }
            }
          }
        } else {
          serves.addAll(List.of("member", "department", "office"));
        }
        ImmutableMap<String, String> properties = strings(e, p, "properties", false);
        ImmutableMap<String, String> secrets = strings(e, p, "secrets", true);
        if (name.isEmpty() || plugin.isEmpty()) {
          continue;
        }
        if (!names.add(name.get())) {
          problem(p + ".name", "the name \"" + name.get() + "\" is given to two notifiers");
          continue;
        }
        try {
          out.add(
              new NotifierEntry(
                  plugin.get(),
                  new NotifierConfig(name.get(), properties, secrets),
                  ImmutableList.copyOf(serves)));
        } catch (IllegalArgumentException ex) {
          problem(p + ".name", String.valueOf(ex.getMessage()));
        }
      }
      return ImmutableList.copyOf(out);
    }

    Optional<String> text(JsonNode n, String path, String field, boolean required) {
      JsonNode v = n.get(field);
      if (v == null) {
        if (required) {
          problem(path + "." + field, "missing");
        }
        return Optional.empty();
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        problem(path + "." + field, "expected a non-empty string, got " + v);
        return Optional.empty();
      }
      return Optional.of(v.asText());
    }

    /** An object of strings; secrets written {@code env:NAME} are read from the environment. */
    ImmutableMap<String, String> strings(JsonNode n, String path, String field, boolean secret) {
      JsonNode v = n.get(field);
      if (v == null) {
        return ImmutableMap.of();
      }
      String p = path + "." + field;
      if (!v.isObject()) {
        problem(p, "expected a JSON object of strings");
        return ImmutableMap.of();
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isTextual()) {
          // A secret's value is never echoed, not even a wrong one.
          problem(
              p + "." + e.getKey(), "expected a string" + (secret ? "" : ", got " + e.getValue()));
          continue;
        }
        String value = e.getValue().asText();
        if (secret && value.startsWith("env:")) {
          String var = value.substring(4);
          String fromEnv = env.apply(var);
          if (fromEnv == null || fromEnv.isBlank()) {
            problem(p + "." + e.getKey(), "the environment variable " + var + " is not set");
            continue;
          }
          value = fromEnv;
        }
        out.put(e.getKey(), value);
      }
      return ImmutableMap.copyOf(out);
    }

    Contacts contacts(JsonNode n, String path) {
      if (!object(n, path, Set.of("members", "departments", "offices"))) {
        return Contacts.NONE;
      }
      Map<String, Contact> members = new LinkedHashMap<>();
      Map<String, Named> departments = new LinkedHashMap<>();
      Map<String, Named> offices = new LinkedHashMap<>();
      each(
          n,
          path,
          "members",
          (id, e, p) -> {
            if (object(e, p, Set.of("mobile", "channel"))) {
              members.put(id, contact(e, p));
            }
          });
      each(
          n,
          path,
          "departments",
          (id, e, p) -> {
            if (object(e, p, Set.of("name", "mobile", "channel"))) {
              departments.put(id, new Named(text(e, p, "name", false).orElse(id), contact(e, p)));
            }
          });
      each(
          n,
          path,
          "offices",
          (id, e, p) -> {
            if (!id.matches("\\d{12}")) {
              problem(
                  p,
                  "an office is keyed by its 12-digit division code (510107011005 a community,"
                      + " 510107011000 a street, 510107000000 a district)");
              return;
            }
            if (object(e, p, Set.of("name", "mobile", "channel"))) {
              offices.put(id, new Named(text(e, p, "name", false).orElse(id), contact(e, p)));
            }
          });
      return new Contacts(
          ImmutableMap.copyOf(members),
          ImmutableMap.copyOf(departments),
          ImmutableMap.copyOf(offices));
    }

    interface Each {
      void accept(String id, JsonNode entry, String path);
    }

    void each(JsonNode n, String path, String field, Each each) {
      JsonNode v = n.get(field);
      if (v == null) {
        return;
      }
      String p = path + "." + field;
      if (!v.isObject()) {
        problem(p, "expected a JSON object keyed by id");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        each.accept(e.getKey(), e.getValue(), p + "." + e.getKey());
      }
    }

    Contact contact(JsonNode e, String p) {
      Optional<String> mobile = text(e, p, "mobile", false);
      if (mobile.isPresent() && !mobile.get().matches("\\+?[0-9 -]{5,20}")) {
        // The number itself is not echoed: it is personal data.
        problem(p + ".mobile", "not a phone number (digits, spaces, - and a leading +)");
        mobile = Optional.empty();
      }
      return new Contact(mobile, text(e, p, "channel", false));
    }
  }
}
