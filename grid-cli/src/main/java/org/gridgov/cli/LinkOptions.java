package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.events.intake.BuildingLinks;
import picocli.CommandLine.Option;

/**
 * The signing key and base URL of building links, shared by {@code grid qr} (which signs them) and
 * {@code grid serve} (which checks them): {@code --key-file}, else {@value #KEY_ENV}; {@code
 * --base-url}, else {@value #BASE_ENV}.
 */
final class LinkOptions {

  /** The environment variable holding the key when no --key-file is given. */
  static final String KEY_ENV = "GRIDGOV_QR_KEY";

  /** The environment variable holding the base URL when no --base-url is given. */
  static final String BASE_ENV = "GRIDGOV_QR_BASE_URL";

  /** The base URL of links when none is configured: a reserved domain that resolves nowhere. */
  static final String PLACEHOLDER_BASE = "https://report.invalid/r";

  /** The longest base URL accepted, in characters (docs/qr.md). */
  static final int MAX_BASE_URL = 1000;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description =
          "File holding the signing key of building links as hex or base64 text, at least 16"
              + " bytes (default: the environment variable "
              + KEY_ENV
              + ").")
  Path keyFile;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Where intake receives reports, e.g. https://report.example.gov.cn/r (default: the"
              + " environment variable "
              + BASE_ENV
              + ", else a placeholder, with a warning).")
  String baseUrl;

  /** The problem messages' heading, e.g. "cannot make QR codes". */
  private String task = "cannot use building links";

  /** Whether a key is configured at all (a file or the environment variable). */
  boolean configured() {
    return keyFile != null || env(KEY_ENV).isPresent();
  }

  /**
   * The links of the configured key and base URL.
   *
   * @param err where warnings go
   * @param task what fails when they are unusable, for the message
   * @throws InvalidInputException when the key is missing or unfit, or the base URL unfit
   */
  BuildingLinks links(PrintWriter err, String task) {
    this.task = task;
    return links(err);
  }

  private BuildingLinks links(PrintWriter err) {
    String base = baseUrl != null ? baseUrl : env(BASE_ENV).orElse(null);
    if (base == null) {
      // `grid qr --grids F --households F --out DIR` must work as documented in the issue, so a
      // missing base URL is not an error; the placeholder's reserved .invalid domain (RFC 2606)
      // makes codes printed by mistake point nowhere rather than at someone's server.
      base = PLACEHOLDER_BASE;
      err.println(
          "grid: warning: no --base-url and no "
              + BASE_ENV
              + "; the links use the placeholder "
              + PLACEHOLDER_BASE
              + " — set the address intake receives reports at before printing the codes");
    }
    if (base.strip().length() > MAX_BASE_URL) {
      // The link adds the building id, the grid code and the signature; past this a QR code
      // grows too dense to scan from a door, and past about 2,900 bytes none exists at all.
      throw bad(
          Problem.of(
              "--base-url",
              "is "
                  + base.strip().length()
                  + " characters long; give an address of at most "
                  + MAX_BASE_URL
                  + " characters, so that the codes stay scannable"));
    }
    URI baseUri;
    try {
      baseUri = new URI(base.strip());
    } catch (URISyntaxException e) {
      throw bad(
          Problem.of(
              "--base-url", "\"" + Checks.printable(base) + "\" is not a URL: " + e.getReason()));
    }
    String keyText;
    String keySource;
    Optional<SourceLocation> where = Optional.empty();
    if (keyFile != null) {
      keyText = readKeyFile(err);
      keySource = keyFile.toString();
      where = Optional.of(SourceLocation.of(keyFile.toString(), 1));
    } else {
      keyText =
          env(KEY_ENV)
              .orElseThrow(
                  () ->
                      bad(
                          Problem.of(
                              "key",
                              "no signing key: give --key-file FILE or set the environment"
                                  + " variable "
                                  + KEY_ENV
                                  + " to a secret of at least 16 bytes as hex or base64 (make"
                                  + " one with `openssl rand -hex 32` and keep it for as long"
                                  + " as the printed codes are in use); there is no built-in"
                                  + " key, since anyone could forge codes with it")));
      keySource = "environment variable " + KEY_ENV;
    }
    try {
      return BuildingLinks.fromKeyText(keyText, baseUri);
    } catch (IllegalArgumentException e) {
      // Which of the two was at fault: the messages of BuildingLinks name "key" or "base URL".
      boolean baseAtFault = Checks.messageOf(e).startsWith("the base URL");
      Problem p =
          baseAtFault
              ? Problem.of("--base-url", Checks.messageOf(e))
              : where
                  .map(at -> Problem.at(at, "key", Checks.messageOf(e)))
                  .orElseGet(() -> Problem.of(keySource, Checks.messageOf(e)));
      throw bad(p);
    }
  }

  private String readKeyFile(PrintWriter err) {
    // A key is a few dozen characters; a BOM (Windows editors) is skipped, /dev/zero refused.
    String text = TextFiles.readString(keyFile, "the key file", 4096);
    warnIfShared(err);
    return text;
  }

  /** Warns when others may read the key file: whoever reads it can forge codes. */
  private void warnIfShared(PrintWriter err) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
      if (perms.contains(PosixFilePermission.GROUP_READ)
          || perms.contains(PosixFilePermission.OTHERS_READ)) {
        err.printf(
            "grid: warning: %s is readable by other users; anyone who reads it can forge codes"
                + " (chmod 600 %s)%n",
            keyFile, keyFile);
      }
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system (Windows): nothing to check this way.
    }
  }

  private static Optional<String> env(String name) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  private InvalidInputException bad(Problem problem) {
    return new InvalidInputException(task, List.of(problem));
  }
}
