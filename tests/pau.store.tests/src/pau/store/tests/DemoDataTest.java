package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.TaxIds;
import pau.store.DatabaseSettings;
import pau.store.DemoData;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * The demo data generator: realistic, valid, and deterministic for a seed.
 */
class DemoDataTest {

	private static final List<String> TABLES = List.of("ENTERPRISES", "PROCEDURES", "CREDITORS", "CLAIMS", "MEETINGS",
			"DOCUMENTS", "CORRESPONDENCE", "ASSETS", "TASKS");

	@TempDir
	Path dir;

	private String fill(String name, long seed) throws Exception {
		DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:" + dir.resolve(name), "sa", "");
		try (Store store = TestDatabases.service(StoreFactory.class).createMain(settings);
				Connection connection = store.dataSource().getConnection()) {
			DemoData.Summary summary = DemoData.generate(connection, new DemoData.Options(8, 1, seed), line -> {
			});
			assertEquals(8, summary.procedures());
			assertTrue(summary.claims() >= 80 && summary.claims() <= 1600, "10 to 200 claims per procedure: " + summary);
			return digest(connection);
		}
	}

	@Test
	void demoData_sameSeedGivesTheSameDatabase() throws Exception {
		String first = fill("a", 42);
		String second = fill("b", 42);
		String other = fill("c", 43);
		assertEquals(first, second, "same seed, same rows");
		assertNotEquals(first, other, "another seed, other rows");
	}

	@Test
	void demoData_isRealisticAndValid() throws Exception {
		DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:" + dir.resolve("v"), "sa", "");
		try (Store store = TestDatabases.service(StoreFactory.class).createMain(settings);
				Connection connection = store.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			DemoData.generate(connection, new DemoData.Options(24, 1, 5), line -> {
			});
			try (ResultSet rows = statement.executeQuery("SELECT INN, OGRN FROM ENTERPRISES UNION ALL SELECT INN, NULL FROM CREDITORS")) {
				while (rows.next()) {
					if (rows.getString(1) != null) {
						assertTrue(TaxIds.isValidInn(rows.getString(1)), "valid INN " + rows.getString(1));
					}
					if (rows.getString(2) != null) {
						assertTrue(TaxIds.isValidOgrn(rows.getString(2)), "valid OGRN " + rows.getString(2));
					}
				}
			}
			assertEquals(6, TestDatabases.count(connection, "SELECT COUNT(DISTINCT TYPE) FROM PROCEDURES"), "every procedure type");
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM PROCEDURES WHERE CASE_NUMBER NOT LIKE 'А%-%/%'"));
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM PROCEDURES WHERE END_DATE < START_DATE"));
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM CLAIMS WHERE AMOUNT < 0"));
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM DOCUMENTS WHERE SIZE_BYTES <> OCTET_LENGTH(CONTENT)"));
			assertTrue(TestDatabases.count(connection, "SELECT COUNT(*) FROM CORRESPONDENCE WHERE DOCUMENT_ID IS NOT NULL") > 0);
			// i11: every procedure has an inventory and a calendar, with values the model accepts
			for (String table : List.of("ASSETS", "TASKS")) {
				assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM PROCEDURES P WHERE NOT EXISTS (SELECT 1 FROM "
						+ table + " R WHERE R.PROCEDURE_ID = P.ID)"), "every procedure has rows in " + table);
			}
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM ASSETS WHERE CATEGORY NOT IN ('REAL_ESTATE', "
					+ "'VEHICLE', 'EQUIPMENT', 'RECEIVABLE', 'SECURITIES', 'OTHER') OR STATUS NOT IN ('FOUND', 'NOT_FOUND', 'SOLD', "
					+ "'WRITTEN_OFF') OR BOOK_VALUE < 0 OR MARKET_VALUE < 0"));
			assertEquals(6, TestDatabases.count(connection, "SELECT COUNT(DISTINCT CATEGORY) FROM ASSETS"), "every category");
			assertTrue(TestDatabases.count(connection, "SELECT COUNT(*) FROM ASSETS WHERE STATUS = 'SOLD'") > 0);
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM TASKS WHERE DONE AND DONE_ON IS NULL "
					+ "OR NOT DONE AND DONE_ON IS NOT NULL"), "a done task has its date, an open one none");
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM TASKS T JOIN PROCEDURES P ON P.ID = T.PROCEDURE_ID "
					+ "WHERE T.DUE_ON < P.START_DATE OR T.DUE_ON > P.END_DATE"), "due within the procedure");
		}
	}

	private static String digest(Connection connection) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY ID")) {
					ResultSetMetaData meta = rows.getMetaData();
					while (rows.next()) {
						for (int c = 1; c <= meta.getColumnCount(); c++) {
							Object value = meta.getColumnName(c).equals("CONTENT") ? rows.getString("SHA256") : rows.getObject(c);
							digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
							digest.update((byte) 0);
						}
					}
				}
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
