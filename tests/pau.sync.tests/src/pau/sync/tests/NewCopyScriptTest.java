package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.store.Store;
import pau.store.StoreFactory;
import pau.store.internal.OfflineSchemaScript;
import pau.store.tests.TestDatabases;
import pau.sync.internal.NewCopyScript;

/**
 * Issue 21 (5): a new copy made from the build's script has exactly the schema the store's schema and the
 * synchronization's statements make — the tables as taken, the change marks, the row digests, Liquibase's
 * record. When either changes, this fails and leaves the script they make now in target/new-copy-h2.sql,
 * to copy over the bundle's.
 */
class NewCopyScriptTest {

	private static final String KEY = "test-key-0123456789";

	@TempDir
	Path dir;

	private final StoreFactory factory = TestDatabases.service(StoreFactory.class);

	@Test
	void i21_5_aCopyFromTheScriptHasTheSchemaTheStatementsMake() throws Exception {
		List<String> fromStatements;
		try (Store offline = factory.createOffline(dir.resolve("statements"), KEY, null);
				Connection connection = offline.dataSource().getConnection()) {
			NewCopyScript.createSyncTables(connection);
			fromStatements = withoutIdentity(OfflineSchemaScript.of(connection));
		}
		Path written = Path.of("target", "new-copy-h2.sql");
		Files.createDirectories(written.getParent());
		Files.writeString(written, String.join("\n", fromStatements) + "\n", StandardCharsets.UTF_8);
		assertNotNull(NewCopyScript.url(), "the bundle has " + NewCopyScript.RESOURCE);
		List<String> fromScript;
		try (Store offline = factory.createOffline(dir.resolve("script"), KEY, NewCopyScript.url());
				Connection connection = offline.dataSource().getConnection()) {
			fromScript = withoutIdentity(OfflineSchemaScript.of(connection));
			assertTrue(offline.databaseId() != null, "the copy has an identity of its own");
		}
		assertEquals(sorted(fromStatements), sorted(fromScript), "only made by the statements: " + missing(fromStatements, fromScript)
				+ "; only made by the script: " + missing(fromScript, fromStatements) + "; the copy's schema (the store's schema or the synchronization's tables changed: copy"
						+ " tests/pau.sync.tests/target/new-copy-h2.sql over bundles/pau.sync/src/" + NewCopyScript.RESOURCE + ")");
	}

	/**
	 * The statements without what is each copy's own: its identity (SCHEMA_INFO's row) and its seal's state
	 * (the store sets it as it seals the new copy, B17).
	 */
	private static List<String> withoutIdentity(List<String> script) {
		return script.stream()
				.filter(statement -> !statement.startsWith("INSERT INTO \"PUBLIC\".\"SCHEMA_INFO\""))
				.filter(statement -> !statement.startsWith("INSERT INTO \"PUBLIC\".\"SYNC_SEAL\""))
				.toList();
	}


	private static List<String> missing(List<String> from, List<String> in) {
		return from.stream().filter(statement -> !in.contains(statement)).toList();
	}

	/** In one order: what matters is that every statement is there, whichever order H2 lists objects in. */
	private static List<String> sorted(List<String> statements) {
		return statements.stream().sorted().toList();
	}
}
