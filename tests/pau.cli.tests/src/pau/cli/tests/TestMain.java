package pau.cli.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The main database of a test through the built product, of either kind: {@code h2}, an H2 server that
 * {@code pau-server} runs, or {@code postgres}, a new database on the PostgreSQL server the test command
 * starts ({@code -Dpau.test.postgres=URL}; the test is skipped without it). {@link #sql} reaches it
 * with plain SQL as an administrator's script would.
 */
final class TestMain implements AutoCloseable {

	/** The kinds, for {@code @ValueSource(strings = ...)} of a test run on both. */
	static final String H2 = "h2";
	static final String POSTGRES = "postgres";

	final String url;
	final DataSource sql;
	private final List<String> options;
	private final Process server;
	private final String database;

	private TestMain(String url, DataSource sql, List<String> options, Process server, String database) {
		this.url = url;
		this.sql = sql;
		this.options = options;
		this.server = server;
		this.database = database;
	}

	/** Starts an H2 server in {@code dir}, or makes a new PostgreSQL database. */
	static TestMain start(String kind, Path dir) throws Exception {
		if (kind.equals(H2)) {
			int port = ProductProcess.freePort();
			Process server = ProductProcess.server(port, dir.resolve("server"));
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			return new TestMain(url, Sql.main(url), List.of("--main", url), server, null);
		}
		String serverUrl = System.getProperty("pau.test.postgres", "");
		Assumptions.assumeFalse(serverUrl.isBlank(), "needs -Dpau.test.postgres=URL (releng/scripts/test-all.sh sets it)");
		String database = "pau_cli_" + UUID.randomUUID().toString().replace("-", "");
		Sql.exec(postgres(serverUrl), "CREATE DATABASE " + database);
		String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
		return new TestMain(url, postgres(url), List.of("--main", url, "--user", "pau"), null, database);
	}

	/** The arguments followed by this main's {@code --main URL} (and {@code --user}). */
	String[] with(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(options);
		return all.toArray(String[]::new);
	}

	/** Ends the H2 server (main out of reach from now on) or drops the PostgreSQL database. */
	@Override
	public void close() throws Exception {
		if (server != null) {
			ProductProcess.stop(server);
		}
		if (database != null) {
			Sql.exec(postgres(System.getProperty("pau.test.postgres")), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	/** A plain PostgreSQL client as the test server's user (trust authentication). */
	private static DataSource postgres(String url) {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(url);
		source.setUser("pau");
		return source;
	}
}
