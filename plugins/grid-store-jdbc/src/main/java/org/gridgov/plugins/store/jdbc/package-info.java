/**
 * The JDBC store: {@link org.gridgov.plugins.store.jdbc.JdbcStoreProvider} opens a {@link
 * org.gridgov.spi.store.GridStore} in an embedded H2 file database ({@code jdbc:h2:file:…}) or on a
 * PostgreSQL server ({@code jdbc:postgresql://…}), creating or upgrading its schema with Flyway and
 * holding its connections in a HikariCP pool. The module's README lists the URLs, the properties
 * and the schema.
 */
@NullMarked
package org.gridgov.plugins.store.jdbc;

import org.jspecify.annotations.NullMarked;
