package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.DataException;
import pau.store.SchemaInfo;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * The public schema of SPEC.md, checked through INFORMATION_SCHEMA of a database served over TCP.
 */
class SchemaTest {

	private static final Map<String, List<String>> PUBLIC_SCHEMA = Map.of(
			"ENTERPRISES", List.of("ID", "VERSION", "NAME", "INN", "OGRN", "ADDRESS"),
			"PROCEDURES", List.of("ID", "VERSION", "ENTERPRISE_ID", "TYPE", "CASE_NUMBER", "COURT", "START_DATE", "END_DATE", "STATUS"),
			"CREDITORS", List.of("ID", "VERSION", "NAME", "INN"),
			"CLAIMS", List.of("ID", "VERSION", "PROCEDURE_ID", "CREDITOR_ID", "AMOUNT", "QUEUE", "BASIS", "FILED_ON", "STATUS"),
			"MEETINGS", List.of("ID", "VERSION", "PROCEDURE_ID", "HELD_AT", "PLACE", "AGENDA", "RESULT"),
			"CORRESPONDENCE", List.of("ID", "VERSION", "PROCEDURE_ID", "DIRECTION", "SENT_ON", "REF_NUMBER", "COUNTERPARTY", "SUBJECT", "DOCUMENT_ID"),
			"DOCUMENTS", List.of("ID", "VERSION", "PROCEDURE_ID", "FILE_NAME", "MEDIA_TYPE", "SIZE_BYTES", "SHA256", "CONTENT"),
			"OFFLINE_CHECKOUTS", List.of("ID", "VERSION", "PROCEDURE_ID", "USER_NAME", "HOST", "CHECKED_OUT_AT", "RETURNED_AT"),
			"ASSETS", List.of("ID", "VERSION", "PROCEDURE_ID", "NAME", "CATEGORY", "INVENTORY_NUMBER", "BOOK_VALUE", "MARKET_VALUE",
					"INVENTORIED_ON", "STATUS", "NOTE"),
			"TASKS", List.of("ID", "VERSION", "PROCEDURE_ID", "DUE_ON", "TITLE", "DONE", "DONE_ON", "NOTE"));

	@TempDir
	Path dir;
	private Server server;
	private Store store;

	@BeforeEach
	void open() throws Exception {
		server = TestDatabases.startServer(dir);
		store = TestDatabases.service(StoreFactory.class).createMain(TestDatabases.tcp(server, "schema"));
	}

	@AfterEach
	void close() {
		store.close();
		server.stop();
	}

	@Test
	void schema_tablesAndColumnsAreThePublicSchema() throws Exception {
		try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement()) {
			for (var table : PUBLIC_SCHEMA.entrySet()) {
				Set<String> columns = new HashSet<>();
				try (ResultSet rows = statement.executeQuery("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
						+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table.getKey() + "'")) {
					while (rows.next()) {
						columns.add(rows.getString(1));
						if (rows.getString(1).equals("ID")) {
							assertEquals("UUID", rows.getString(2), table.getKey() + ".ID is a UUID");
						}
					}
				}
				assertTrue(columns.containsAll(table.getValue()), table.getKey() + " has " + table.getValue() + ", found " + columns);
			}
		}
	}

	@Test
	void schema_foreignKeysOfAProcedureCascade() throws Exception {
		try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT tc.TABLE_NAME, kcu.COLUMN_NAME, rc.DELETE_RULE "
						+ "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc "
						+ "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_NAME = rc.CONSTRAINT_NAME "
						+ "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE kcu ON kcu.CONSTRAINT_NAME = rc.CONSTRAINT_NAME")) {
			Set<String> cascading = new HashSet<>();
			while (rows.next()) {
				if (rows.getString(3).equals("CASCADE")) {
					cascading.add(rows.getString(1) + "." + rows.getString(2));
				}
			}
			for (String fk : List.of("PROCEDURES.ENTERPRISE_ID", "CLAIMS.PROCEDURE_ID", "MEETINGS.PROCEDURE_ID",
					"CORRESPONDENCE.PROCEDURE_ID", "DOCUMENTS.PROCEDURE_ID", "OFFLINE_CHECKOUTS.PROCEDURE_ID", "ASSETS.PROCEDURE_ID",
					"TASKS.PROCEDURE_ID")) {
				assertTrue(cascading.contains(fk), fk + " is ON DELETE CASCADE; cascading: " + cascading);
			}
		}
	}

	@Test
	void b11_schemaVersionAndDatabaseIdentityAreRecorded() throws Exception {
		assertEquals(SchemaInfo.VERSION, store.schemaVersion());
		assertTrue(store.createdNow());
		Store again = TestDatabases.service(StoreFactory.class).openMain(TestDatabases.tcp(server, "schema"));
		try {
			assertFalse(again.createdNow(), "the second open finds the schema");
			assertEquals(store.databaseId(), again.databaseId(), "the identity is stable");
		} finally {
			again.close();
		}
	}

	@Test
	void b11_newerSchemaIsRefusedWithAClearMessage() throws Exception {
		try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE SCHEMA_INFO SET SCHEMA_VERSION = " + (SchemaInfo.VERSION + 1));
		}
		DataException refused = assertThrows(DataException.class,
				() -> TestDatabases.service(StoreFactory.class).openMain(TestDatabases.tcp(server, "schema")));
		assertTrue(refused.getMessage().contains("newer"), refused.getMessage());
	}

	@Test
	void unreachableMainDatabaseGivesAClearMessage() {
		var settings = new pau.store.DatabaseSettings("jdbc:h2:tcp://localhost:1/nowhere", "sa", "");
		DataException refused = assertThrows(DataException.class,
				() -> TestDatabases.service(StoreFactory.class).openMain(settings));
		assertTrue(refused.getMessage().startsWith("Cannot connect to the database jdbc:h2:tcp://localhost:1/nowhere"),
				refused.getMessage());
		assertThrows(DataException.class, () -> TestDatabases.service(StoreFactory.class).checkReachable(settings,
				java.time.Duration.ofSeconds(2)));
	}

	@Test
	void b10_aUrlThatNamesNoDatabaseIsAnErrorInWordsAndCreatesNone() {
		StoreFactory factory = TestDatabases.service(StoreFactory.class);
		var typo = TestDatabases.tcp(server, "shcema");
		DataException missing = assertThrows(DataException.class, () -> factory.openMain(typo));
		assertTrue(missing.getMessage().contains("there is no database of that name"), missing.getMessage());
		assertFalse(missing.getMessage().matches(".*\\[\\d{5}-\\d+\\].*"), "no H2 error numbers: " + missing.getMessage());
		DataException unreachable = assertThrows(DataException.class,
				() -> factory.checkReachable(typo, java.time.Duration.ofSeconds(5)));
		assertTrue(unreachable.getMessage().contains("there is no database of that name"), unreachable.getMessage());
		var file = new pau.store.DatabaseSettings("jdbc:h2:file:" + dir.resolve("nothing"), "sa", "");
		assertThrows(DataException.class, () -> factory.openMain(file));
		assertFalse(java.nio.file.Files.exists(dir.resolve("shcema.mv.db")), "nothing created over TCP");
		assertFalse(java.nio.file.Files.exists(dir.resolve("nothing.mv.db")), "nothing created as a file");
	}
}
