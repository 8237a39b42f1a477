package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.store.Dialect;
import pau.store.Store;
import pau.store.internal.OfflineSchemaScript;
import pau.store.internal.SchemaMigrations;

/**
 * Issue 21 (5): a new offline copy made from the script has exactly the schema Liquibase makes from the
 * changelog — tables, indexes, constraints, row digests — and Liquibase's record of the same change sets, so
 * that a later release migrates it like any other copy. When the changelog changes, this fails and leaves the
 * script the changelog makes now in target/offline-h2.sql, to copy over the bundle's.
 */
class OfflineSchemaScriptTest {

	@TempDir
	Path dir;

	@Test
	void i21_5_theScriptMakesTheSchemaTheChangelogMakes() throws Exception {
		List<String> fromChangelog;
		List<String> changeSetsFromChangelog;
		System.setProperty(OfflineSchemaScript.PROPERTY, "false");
		try (Connection liquibase = newOffline("changelog")) {
			SchemaMigrations.ensure(liquibase, Dialect.H2, Store.Kind.OFFLINE, "changelog", false, null);
			fromChangelog = OfflineSchemaScript.of(liquibase);
			changeSetsFromChangelog = changeSets(liquibase);
			Path written = Path.of("target", "offline-h2.sql");
			Files.createDirectories(written.getParent());
			Files.writeString(written, String.join("\n", without(fromChangelog, true)) + "\n", StandardCharsets.UTF_8);
		} finally {
			System.clearProperty(OfflineSchemaScript.PROPERTY);
		}
		assertTrue(OfflineSchemaScript.available(), "the bundle has " + OfflineSchemaScript.RESOURCE);
		try (Connection scripted = newOffline("script")) {
			SchemaMigrations.ensure(scripted, Dialect.H2, Store.Kind.OFFLINE, "script", false, null);
			List<String> fromScript = OfflineSchemaScript.of(scripted);
			String hint = " (the changelog changed: copy tests/pau.store.tests/target/offline-h2.sql over bundles/pau.store/src/"
					+ OfflineSchemaScript.RESOURCE + ")";
			assertEquals(sorted(without(fromChangelog, false)), sorted(without(fromScript, false)),
					"the script's schema" + hint);
			assertEquals(changeSetsFromChangelog, changeSets(scripted), "the change sets Liquibase records" + hint);
			assertFalse(changeSetsFromChangelog.isEmpty());
		}
	}

	/** A database file, as a copy is (its tables CACHED, not held in memory as an in-memory database's are). */
	private Connection newOffline(String name) throws Exception {
		JdbcDataSource h2 = new JdbcDataSource(); // no DriverManager across bundles
		h2.setURL("jdbc:h2:" + dir.resolve(name));
		h2.setUser("PAU");
		return h2.getConnection();
	}

	/** Each change set's id, author, file and checksum, in the order Liquibase ran them. */
	private static List<String> changeSets(Connection connection) throws Exception {
		List<String> changeSets = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
				"SELECT ID, AUTHOR, FILENAME, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
			while (rows.next()) {
				changeSets.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4));
			}
		}
		return changeSets;
	}

	/**
	 * The statements without the copy's identity (SCHEMA_INFO's row, made for each copy); without Liquibase's rows
	 * too when comparing (they hold when and in which deployment they ran: compared as {@link #changeSets}).
	 */
	private static List<String> without(List<String> script, boolean keepRunRecord) {
		return script.stream()
				.filter(statement -> !statement.startsWith("INSERT INTO \"PUBLIC\".\"SCHEMA_INFO\""))
				.filter(statement -> keepRunRecord || !statement.startsWith("INSERT INTO \"PUBLIC\".\"DATABASECHANGELOG\""))
				.toList();
	}

	/** In one order: what matters is that every statement is there, whichever order H2 lists objects in. */
	private static List<String> sorted(List<String> statements) {
		return statements.stream().sorted().toList();
	}
}
