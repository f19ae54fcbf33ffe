package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.serve.Credentials;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid token}: issues a signed token for the read API of {@code grid serve}. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Issues a token for the read API of grid serve (/api/v1/, docs/serve.md): the caller and"
          + " an expiry, signed with the token key (HMAC-SHA256). Prints the token; give it as"
          + " Authorization: Bearer TOKEN."
    })
final class TokenCommand implements Callable<Integer> {

  /** The environment variable holding the token key when no --token-key-file is given. */
  static final String KEY_ENV = "GRIDGOV_TOKEN_KEY";

  /** The longest validity a token may be issued for. */
  static final Duration MAX_VALID = Duration.ofDays(31);

  @Spec CommandSpec spec;

  @Option(
      names = "--token-key-file",
      paramLabel = "FILE",
      description = "The token key, hex or base64 (else the environment variable " + KEY_ENV + ").")
  @Nullable Path keyFile;

  @Option(
      names = "--caller",
      required = true,
      paramLabel = "CALLER",
      description =
          "Who the token is for: member:ID, community:CODE, street:CODE (12 digits) or"
              + " department:ID.")
  String caller = "";

  @Option(
      names = "--valid",
      paramLabel = "DURATION",
      defaultValue = "PT8H",
      description = "How long it is valid, ISO-8601 (PT8H, P7D; at most 31 days; default PT8H).")
  String valid = "PT8H";

  @Override
  public Integer call() {
    List<Problem> problems = new java.util.ArrayList<>();
    Duration d = Duration.ZERO;
    try {
      d = Duration.parse(valid.strip());
      if (d.isNegative() || d.isZero() || d.compareTo(MAX_VALID) > 0) {
        problems.add(
            Problem.of("--valid", "must be more than zero and at most P31D, was " + valid));
      }
    } catch (DateTimeParseException e) {
      problems.add(Problem.of("--valid", "\"" + valid + "\" is not an ISO-8601 duration (PT8H)"));
    }
    Optional<String> key = keyText(keyFile);
    if (key.isEmpty()) {
      problems.add(Problem.of("key", "no token key: give --token-key-file FILE or set " + KEY_ENV));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot issue a token", problems);
    }
    String token;
    try {
      token = Credentials.token(key.orElseThrow(), caller.strip(), Instant.now().plus(d));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "cannot issue a token", List.of(Problem.of("token", Checks.messageOf(e))));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(token);
    out.flush();
    return 0;
  }

  /** The token key's text: the file's, else the environment variable's, if either is given. */
  static Optional<String> keyText(@Nullable Path file) {
    if (file != null) {
      // A key is a few dozen characters; a BOM is skipped, /dev/zero refused.
      return Optional.of(TextFiles.readString(file, "the token key file", 4096));
    }
    String v = System.getenv(KEY_ENV);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /** {@code credentials} taking tokens signed with the key, or the key's problem as bad input. */
  static Credentials withKey(Credentials credentials, String keyText, @Nullable Path file) {
    try {
      return credentials.withTokenKey(keyText);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "cannot serve",
          List.of(
              Problem.of(
                  file != null ? file.toString() : "environment variable " + KEY_ENV,
                  Checks.messageOf(e))));
    }
  }
}
