package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.spi.PluginInfo;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.SpiVersion;
import org.gridgov.spi.device.DeviceAdapterProvider;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.spi.store.StoreProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code grid plugins}: lists every plugin found on the class path. */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every plugin found on the class path, usable or not, as CSV:"
          + " kind,name,version,priority,spi,status,origin,detail (docs/spi.md)."
    })
final class PluginsCommand implements Callable<Integer> {

  /** The header of the listing, exactly. */
  static final String HEADER = "kind,name,version,priority,spi,status,origin,detail";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<PluginInfo> found =
        Plugins.load()
            .describe(
                List.of(
                    StoreProvider.POINT,
                    NotifierProvider.POINT,
                    DeviceAdapterProvider.POINT,
                    GridRule.POINT));
    out.write(HEADER);
    out.write('\n');
    CsvWriter csv = new CsvWriter(out);
    for (PluginInfo p : found) {
      csv.row(
          p.kind(),
          p.name(),
          p.version(),
          Integer.toString(p.priority()),
          p.spiVersion(),
          p.status().name().toLowerCase(java.util.Locale.ROOT),
          p.origin(),
          p.detail());
    }
    out.flush();
    long unusable = found.stream().filter(p -> p.status() != PluginInfo.Status.OK).count();
    spec.commandLine()
        .getErr()
        .printf(
            "grid: %d plugins found (%d unusable); grid-spi %s%n",
            found.size(), unusable, SpiVersion.CURRENT);
    return ExitCodes.OK;
  }
}
