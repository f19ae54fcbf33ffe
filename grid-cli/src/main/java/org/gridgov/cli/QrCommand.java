package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.intake.BuildingLinks;
import org.gridgov.qr.BuildingQrCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid qr}: one signed QR code per building (一码扫楼). */
@Command(
    name = "qr",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a printable QR code per building (一码扫楼): DIR/<building id>.png, carrying a report"
          + " link with the building id, its grid and an HMAC signature, and DIR/links.csv"
          + " (building_id,grid_code,link,file). Intake verifies the signature, so a forged or"
          + " altered code is refused (docs/qr.md).",
      "",
      "The signing key (hex or base64, at least 16 bytes; `openssl rand -hex 32`) comes from"
          + " --key-file, else from the environment variable "
          + QrCommand.KEY_ENV
          + ". The base URL comes from --base-url, else from "
          + QrCommand.BASE_ENV
          + ", else the placeholder https://report.invalid/r is used with a warning."
    })
final class QrCommand implements Callable<Integer> {

  /** The environment variable holding the key when no --key-file is given. */
  static final String KEY_ENV = LinkOptions.KEY_ENV;

  /** The environment variable holding the base URL when no --base-url is given. */
  static final String BASE_ENV = LinkOptions.BASE_ENV;

  /** The base URL of links when none is configured. */
  static final String PLACEHOLDER_BASE = LinkOptions.PLACEHOLDER_BASE;

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Mixin LinkOptions link = new LinkOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // Key and base URL first: a missing key should not wait for a large file to load.
    BuildingLinks links = link.links(err, "cannot make QR codes");
    GridTree tree = files.load(err);
    BuildingQrCodes codes = BuildingQrCodes.of(tree, links);
    ProgressLine progress = new ProgressLine(err);
    int total = codes.codes().size();
    codes.write(out, progress::count);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        "%d QR codes written to %s (%s lists them); %d buildings without a code%n",
        total, out, BuildingQrCodes.LINKS_FILE, codes.skipped().size());
    codes
        .skipped()
        .forEach(s -> w.printf("  no code: building %s (%s)%n", s.buildingId(), s.reason()));
    return ExitCodes.OK;
  }
}
