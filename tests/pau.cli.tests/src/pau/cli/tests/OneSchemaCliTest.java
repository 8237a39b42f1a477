package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 through pau-cli. B11 "or migrated": {@code pau-cli migrate} upgrades a main database of the previous
 * release; until then every command that needs main refuses it in words (exit 5). ASSETS and TASKS go
 * offline and merge back by M1–M6 with no sync code of their own.
 */
class OneSchemaCliTest {

	@TempDir
	Path dir;

	private ProductProcess.Result cli(String... arguments) throws Exception {
		String[] words = java.util.Arrays.copyOf(arguments, arguments.length + 2);
		words[arguments.length] = "--workspace";
		words[arguments.length + 1] = dir.resolve("workspace").toString();
		return ProductProcess.cli(Map.of("PAU_OFFLINE_KEY", "migrate-key"), words);
	}

	@Test
	void b11_migrateUpgradesAMainOfThePreviousReleaseWhichIsRefusedUntilThen() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2").exitCode());
			ProductProcess.Result current = cli("migrate", "--main", url);
			assertEquals(0, current.exitCode(), current.toString());
			assertTrue(current.out().contains("already has schema version 2; nothing was changed"), current.toString());
			// What release 1.0 made: no ASSETS, TASKS, migration history or checkout index; version 1.
			JdbcDataSource main = Sql.main(url);
			for (String sql : new String[] { "DROP TABLE ASSETS", "DROP TABLE TASKS", "DROP TABLE DATABASECHANGELOG",
					"DROP TABLE DATABASECHANGELOGLOCK", "DROP INDEX OFFLINE_CHECKOUTS_CHECKOUT",
					"UPDATE SCHEMA_INFO SET SCHEMA_VERSION = 1" }) {
				Sql.exec(main, sql);
			}

			ProductProcess.Result refused = cli("go-offline", "--main", url, "--all");
			assertEquals(5, refused.exitCode(), refused.toString());
			assertEquals(1, refused.err().strip().lines().count(), "one line: " + refused);
			assertTrue(refused.err().contains("schema version 1") && refused.err().contains("pau-cli migrate"), refused.toString());

			ProductProcess.Result migrated = cli("migrate", "--main", url);
			assertEquals(0, migrated.exitCode(), migrated.toString());
			assertTrue(migrated.out().contains("upgraded from schema version 1 to 2"), migrated.toString());
			assertEquals(2, Sql.count(main, "SELECT COUNT(*) FROM PROCEDURES"), "every record kept");
			assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());

			ProductProcess.Result unreachable = cli("migrate", "--main", "jdbc:h2:tcp://localhost:1/main");
			assertEquals(3, unreachable.exitCode(), unreachable.toString());
			assertTrue(ProductProcess.cli("help").out().contains("migrate --main URL"));
		} finally {
			ProductProcess.stop(server);
		}
	}

	@Test
	void i11_assetsAndTasksGoOfflineAndMergeByTheRulesThroughPauCli() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2", "--seed", "5").exitCode());
			JdbcDataSource main = Sql.main(url);
			String procedure = Sql.text(main, "SELECT ID FROM PROCEDURES ORDER BY CASE_NUMBER LIMIT 1");
			String caseNumber = Sql.text(main, "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER LIMIT 1");
			Sql.exec(main, "INSERT INTO ASSETS (ID, VERSION, PROCEDURE_ID, NAME, CATEGORY, STATUS) VALUES "
					+ "('aaaaaaaa-0000-0000-0000-000000000001', 1, '" + procedure + "', 'Склад, 300 м²', 'REAL_ESTATE', 'FOUND')");
			Sql.exec(main, "INSERT INTO TASKS (ID, VERSION, PROCEDURE_ID, DUE_ON, TITLE) VALUES "
					+ "('bbbbbbbb-0000-0000-0000-000000000001', 1, '" + procedure + "', DATE '2026-12-15', 'Собрание кредиторов')");
			assertEquals(0, cli("go-offline", "--main", url, "--case", caseNumber).exitCode());
			String json = cli("status", "--json").out();
			JdbcDataSource offline = Sql.offlineOf(json, "migrate-key");
			Sql.exec(offline, "UPDATE ASSETS SET MARKET_VALUE = 2500000.00, STATUS = 'NOT_FOUND' WHERE ID = 'aaaaaaaa-0000-0000-0000-000000000001'");
			Sql.exec(offline, "UPDATE TASKS SET DONE = TRUE, DONE_ON = DATE '2026-12-15' WHERE ID = 'bbbbbbbb-0000-0000-0000-000000000001'");
			Sql.exec(offline, "INSERT INTO TASKS (ID, VERSION, PROCEDURE_ID, DUE_ON, TITLE) VALUES "
					+ "('bbbbbbbb-0000-0000-0000-000000000002', 1, '" + procedure + "', DATE '2027-01-20', 'Отчёт управляющего')");
			Sql.exec(main, "UPDATE ASSETS SET STATUS = 'SOLD' WHERE ID = 'aaaaaaaa-0000-0000-0000-000000000001'");

			ProductProcess.Result sync = cli("sync");
			assertEquals(0, sync.exitCode(), sync.toString());

			assertEquals("SOLD", Sql.text(main, "SELECT STATUS FROM ASSETS WHERE ID = 'aaaaaaaa-0000-0000-0000-000000000001'"), "M1");
			assertEquals("2500000.00", Sql.text(main, "SELECT MARKET_VALUE FROM ASSETS WHERE ID = 'aaaaaaaa-0000-0000-0000-000000000001'"));
			assertEquals("TRUE", Sql.text(main, "SELECT DONE FROM TASKS WHERE ID = 'bbbbbbbb-0000-0000-0000-000000000001'"));
			assertEquals("Отчёт управляющего", Sql.text(main, "SELECT TITLE FROM TASKS WHERE ID = 'bbbbbbbb-0000-0000-0000-000000000002'"));
		} finally {
			ProductProcess.stop(server);
		}
	}
}
