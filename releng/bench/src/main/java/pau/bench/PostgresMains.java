package pau.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * {@code --postgres}: main on a throw-away PostgreSQL server ({@code releng/scripts/test-postgres.sh}, the test
 * command's), one database per size, filled as {@link MainCache} fills H2's (the same seeds, so the same 10
 * reference procedures with the same ids and documents) but not cached: a run fills its own. The relay, the
 * scenarios and the floors reach it by URL as the user {@code sa} with no password, as they reach pau-server
 * (a role made at start; the throw-away server trusts loopback).
 */
final class PostgresMains implements AutoCloseable {

	private final Path script;
	private final Path dir;
	private final int port;

	private PostgresMains(Path script, Path dir, int port) {
		this.script = script;
		this.dir = dir;
		this.port = port;
	}

	/** Starts the server with the repository's script (benchmark.sh gives the repository's docs folder). */
	static PostgresMains start(Path docs, Path log) throws IOException, InterruptedException {
		if (docs == null) {
			throw new IOException("--postgres needs --docs DIR (benchmark.sh gives it) to find releng/scripts/test-postgres.sh");
		}
		Path script = docs.toAbsolutePath().getParent().resolve("releng/scripts/test-postgres.sh");
		String[] started = Processes.run(List.of("sh", script.toString(), "start"), Map.of(), log).strip().split("\\s+");
		if (started.length != 2 || !started[0].startsWith("jdbc:postgresql://")) {
			throw new IOException("test-postgres.sh start printed no URL and folder; see " + log);
		}
		String hostPort = started[0].substring("jdbc:postgresql://".length(), started[0].lastIndexOf('/'));
		int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
		Report.progress("PostgreSQL main server on port " + port + " (" + started[1] + ")");
		PostgresMains server = new PostgresMains(script, Path.of(started[1]), port);
		try (Connection admin = java.sql.DriverManager.getConnection(url(port, "postgres"), "pau", "");
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE sa LOGIN SUPERUSER");
		} catch (java.sql.SQLException e) {
			server.close();
			throw new IOException("the role sa could not be made on the PostgreSQL server: " + e.getMessage(), e);
		}
		return server;
	}

	int port() {
		return port;
	}

	/** The URL of a database of the server through {@code port} (the server's, or a relay's in front of it). */
	static String url(int port, String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** A new database of {@code procedures} plus the reference procedures; its URL. */
	String main(Product product, int procedures, int documentsMb, int referenceDocumentsMb, Path scratch)
			throws Exception {
		String database = "main_" + procedures;
		try (Connection admin = Sql.main(url(port, "postgres")); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database);
		}
		String url = url(port, database);
		Report.progress("filling " + database + " on PostgreSQL (not cached)");
		long started = System.nanoTime();
		fill(product, url, procedures, documentsMb, 1, scratch);
		fill(product, url, MainCache.REFERENCE_PROCEDURES, referenceDocumentsMb, 2, scratch);
		Report.progress("filled in " + (System.nanoTime() - started) / 1_000_000_000L + " s");
		return url;
	}

	private static void fill(Product product, String url, int procedures, int documentsMb, long seed, Path scratch)
			throws IOException, InterruptedException {
		Processes.timed(product.cli(scratch.resolve("ws-fill"), "demo-data", "--main", url, "--procedures",
				Integer.toString(procedures), "--documents-mb", Integer.toString(documentsMb), "--seed",
				Long.toString(seed)), Map.of(), scratch.resolve("fill-pg-" + procedures + "-s" + seed + ".log"));
	}

	@Override
	public void close() throws IOException, InterruptedException {
		Processes.run(List.of("sh", script.toString(), "stop", dir.toString()), Map.of(), dir.resolveSibling(
				dir.getFileName() + "-stop.log"));
	}
}
