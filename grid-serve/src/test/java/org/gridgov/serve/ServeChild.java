package org.gridgov.serve;

import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.plugins.store.jdbc.JdbcStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;

/**
 * The service in a JVM of its own, for the kill test: serves the urban sample on a free port over
 * the H2 store at {@code args[0]}, prints {@code port N}, and runs until killed.
 */
public final class ServeChild {

  private ServeChild() {}

  /** Runs the service. */
  public static void main(String[] args) throws InterruptedException {
    GridStore store = new JdbcStoreProvider().open(StoreConfig.of(args[0]));
    GridService service =
        GridService.builder(SampleCommunities.urban(), RoutingPolicy.defaults(), store)
            .server(ServerSettings.defaults().withPort(0))
            .build()
            .start();
    System.out.println("port " + service.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
