package pau.store.tests;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import pau.store.DatabaseSettings;

/**
 * A fresh database on the PostgreSQL server that releng/scripts/test-all.sh starts (system property
 * pau.test.postgres, user pau, trust authentication).
 */
public final class TestPostgres implements AutoCloseable {

	/** Where the fresh database is. */
	public final DatabaseSettings settings;
	private final DatabaseSettings server;
	private final String name;

	public TestPostgres() throws Exception {
		String url = System.getProperty("pau.test.postgres", "");
		Assumptions.assumeFalse(url.isBlank(),
				"PostgreSQL tests need -Dpau.test.postgres=URL; releng/scripts/test-all.sh starts a server and sets it");
		server = new DatabaseSettings(url, "pau", "");
		name = "pau_" + UUID.randomUUID().toString().replace("-", "");
		execute("CREATE DATABASE " + name);
		settings = new DatabaseSettings(url.substring(0, url.lastIndexOf('/') + 1) + name, "pau", "");
	}

	private void execute(String sql) throws Exception {
		org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
		source.setURL(server.url());
		source.setUser(server.user());
		try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	public void close() throws Exception {
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}
}
