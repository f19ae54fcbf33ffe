package org.gridgov.plugins.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.gridgov.core.internal.Checks;
import org.gridgov.spi.store.CaseLog;
import org.gridgov.spi.store.DeadLetters;
import org.gridgov.spi.store.DeliveryLog;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.ReadLog;
import org.gridgov.spi.store.ResidentStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreException;
import org.gridgov.spi.store.TreeStore;

/** A {@link GridStore} on a JDBC database: the pool, and the parts that use it. */
final class JdbcGridStore implements GridStore {

  static final String POOL_SIZE = "pool.size";
  static final int DEFAULT_POOL_SIZE = 8;
  static final String CONNECTION_TIMEOUT = "pool.connection-timeout-ms";
  static final int DEFAULT_CONNECTION_TIMEOUT = 30_000;
  static final String BATCH_SIZE = "batch.size";
  static final int DEFAULT_BATCH_SIZE = 2_000;

  /** The table of applied migrations, named apart from an application's own Flyway table. */
  static final String HISTORY_TABLE = "gridgov_schema_history";

  private final Db db;
  private final JdbcTreeStore trees;
  private final JdbcResidentStore residents;
  private final JdbcCaseLog cases;
  private final JdbcDeliveries deliveries;
  private final JdbcReadLog reads;

  private JdbcGridStore(Db db) {
    this.db = db;
    this.trees = new JdbcTreeStore(db);
    this.residents = new JdbcResidentStore(db);
    this.cases = new JdbcCaseLog(db);
    this.deliveries = new JdbcDeliveries(db);
    this.reads = new JdbcReadLog(db);
  }

  /** Opens the store, creating or upgrading its schema. */
  static JdbcGridStore open(StoreConfig config) {
    String where = withoutPassword(config.url());
    Dialect dialect =
        Dialect.of(config.url())
            .orElseThrow(
                () ->
                    new StoreException(
                        where
                            + ": not a URL of the JDBC store (expected jdbc:h2:… or"
                            + " jdbc:postgresql:…)"));
    int poolSize = intProperty(config, where, POOL_SIZE, DEFAULT_POOL_SIZE, 1);
    int timeout = intProperty(config, where, CONNECTION_TIMEOUT, DEFAULT_CONNECTION_TIMEOUT, 250);
    int batch = intProperty(config, where, BATCH_SIZE, DEFAULT_BATCH_SIZE, 1);
    Protector protector = Protector.of(config, dialect, where);

    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(dialect == Dialect.H2 ? durableH2(config.url()) : config.url());
    if (!config.user().isEmpty()) {
      hc.setUsername(config.user());
    }
    if (!config.password().isEmpty()) {
      hc.setPassword(config.password());
    }
    hc.setMaximumPoolSize(poolSize);
    hc.setConnectionTimeout(timeout);
    hc.setPoolName("gridgov-jdbc");
    hc.setAutoCommit(false);
    if (dialect == Dialect.POSTGRESQL) {
      // Lets the driver send a batch of inserts as multi-row statements: many times faster.
      hc.addDataSourceProperty("reWriteBatchedInserts", "true");
    } else {
      // Writers of one case wait for each other's row locks rather than fail after H2's 1 s.
      hc.setConnectionInitSql("SET LOCK_TIMEOUT 10000");
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new StoreException(
          where + ": cannot connect: " + withoutPassword(Checks.messageOf(e)), e);
    }
    try {
      Flyway.configure(JdbcGridStore.class.getClassLoader())
          .dataSource(pool)
          .locations(dialect.migrations())
          .table(HISTORY_TABLE)
          .cleanDisabled(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreException(
          where + ": cannot create or upgrade the schema: " + Checks.messageOf(e), e);
    }
    return new JdbcGridStore(new Db(pool, dialect, where, batch, protector));
  }

  private static int intProperty(
      StoreConfig config, String where, String key, int fallback, int min) {
    String text = config.property(key, Integer.toString(fallback)).strip();
    try {
      int value = Integer.parseInt(text);
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with what is expected.
    }
    throw new StoreException(
        where + ": property " + key + " is \"" + text + "\", expected a whole number >= " + min);
  }

  /**
   * H2 writes a commit to its file up to {@code WRITE_DELAY} (500 ms) later: a process killed in
   * that time loses transactions that had returned. {@code WRITE_DELAY=0} writes each commit before
   * it returns (DurabilityTest kills a writer to check it). A URL that sets it keeps its own.
   */
  static String durableH2(String url) {
    return url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")
        ? url
        : url + ";WRITE_DELAY=0";
  }

  /** The URL with any password in it replaced by {@code ***} (the SPI's redaction). */
  static String withoutPassword(String url) {
    return StoreConfig.redact(url);
  }

  @Override
  public TreeStore trees() {
    db.checkOpen();
    return trees;
  }

  @Override
  public ResidentStore residents() {
    db.checkOpen();
    return residents;
  }

  @Override
  public CaseLog cases() {
    db.checkOpen();
    return cases;
  }

  @Override
  public DeadLetters deadLetters() {
    db.checkOpen();
    return deliveries;
  }

  @Override
  public DeliveryLog deliveries() {
    db.checkOpen();
    return deliveries;
  }

  @Override
  public ReadLog reads() {
    db.checkOpen();
    return reads;
  }

  @Override
  public long reencrypt() {
    return new Reencryption(db).run();
  }

  @Override
  public String describe() {
    return "jdbc store at " + db.where();
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return describe();
  }
}
