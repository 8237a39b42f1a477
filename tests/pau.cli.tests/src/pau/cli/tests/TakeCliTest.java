package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20, take more while offline: {@code pau-cli take} adds a procedure, its records and its
 * documents to the copy in use and to the same checkout in main, keeps what was done offline, and the
 * next sync hands in the work on both (on an H2 server and on PostgreSQL); exit codes as the contract
 * says (README).
 */
class TakeCliTest {

	private static final String KEY = "take-key";

	@TempDir
	Path dir;

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return ProductProcess.cliIn(dir.resolve("workspace"), Map.of("PAU_OFFLINE_KEY", KEY), arguments);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { TestMain.H2, TestMain.POSTGRES })
	void take_addsAProcedureWithItsDocumentsToTheCopyAndTheCheckoutKeepingOfflineWork(String kind) throws Exception {
		try (TestMain db = TestMain.start(kind, dir)) {
			DataSource main = db.sql;
			assertEquals(0, cli(db.with("demo-data", "--procedures", "3", "--seed", "20")).exitCode());
			List<String> cases = Sql.column(main, "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER");
			String first = cases.get(0);
			String second = cases.get(1);
			String secondId = Sql.text(main, "SELECT ID FROM PROCEDURES WHERE CASE_NUMBER = '" + second + "'");

			ProductProcess.Result inMain = cli("take", "--case", second);
			assertEquals(4, inMain.exitCode(), "take needs offline mode: " + inMain);
			assertEquals(0, cli(db.with("go-offline", "--case", first)).exitCode());
			JdbcDataSource copy = Sql.offlineOf(cli("status", "--json").out(), KEY);
			// Offline work before the take: every creditor of the copy renamed, one of them shared, maybe.
			Sql.exec(copy, "UPDATE CREDITORS SET NAME = NAME || ' (офлайн)'");
			long renamed = Sql.count(copy, "SELECT COUNT(*) FROM CREDITORS");

			assertEquals(2, cli("take", "--all").exitCode(), "--procedure or --case only");
			ProductProcess.Result take = cli("take", "--case", second);
			assertEquals(0, take.exitCode(), take.toString());
			assertTrue(take.out().contains("1") && take.out().contains("2"), take.out());

			String status = cli("status", "--json").out();
			assertTrue(status.contains("\"mode\":\"offline\"") && status.contains(secondId), status);
			assertEquals(2, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"),
					"both procedures held offline in main (B6)");
			assertEquals(1, Sql.count(main, "SELECT COUNT(DISTINCT CHECKOUT_ID) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"),
					"one checkout");
			for (String table : List.of("CLAIMS", "MEETINGS", "CORRESPONDENCE", "ASSETS", "TASKS")) {
				String count = "SELECT COUNT(*) FROM " + table + " WHERE PROCEDURE_ID = '" + secondId + "'";
				assertEquals(Sql.count(main, count), Sql.count(copy, count), table + " of the procedure taken");
			}
			String documents = "SELECT SHA256 || ':' || OCTET_LENGTH(CONTENT) FROM DOCUMENTS WHERE PROCEDURE_ID = '" + secondId + "'";
			assertEquals(Sql.sorted(main, documents), Sql.sorted(copy, documents), "the documents, content and all");
			assertEquals(renamed, Sql.count(copy, "SELECT COUNT(*) FROM CREDITORS WHERE NAME LIKE '% (офлайн)'"),
					"no offline edit of a creditor overwritten by the take");
			assertEquals(0, Sql.count(copy, "SELECT COUNT(*) FROM CREDITORS C WHERE NOT EXISTS "
					+ "(SELECT 1 FROM SYNC_BASE_CREDITORS B WHERE B.ID = C.ID)"), "every creditor has its base row");

			ProductProcess.Result again = cli("take", "--case", second);
			assertEquals(0, again.exitCode(), again.toString());
			assertEquals(2, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"), "nothing twice");

			// Work on the procedure taken, then hand everything in.
			Sql.exec(copy, "UPDATE CLAIMS SET BASIS = 'Изменено после take' WHERE PROCEDURE_ID = '" + secondId + "'");
			ProductProcess.Result sync = cli("sync");
			assertEquals(0, sync.exitCode(), sync.toString());
			assertEquals(Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE PROCEDURE_ID = '" + secondId + "'"),
					Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Изменено после take'"), "the taken procedure's work merged");
			assertEquals(renamed, Sql.count(main, "SELECT COUNT(*) FROM CREDITORS WHERE NAME LIKE '% (офлайн)'"),
					"the work from before the take merged");
			assertEquals(0, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"), "all returned");
		}
		assertFalse(cli("status", "--json").out().contains("\"mode\":\"offline\""), "main mode after the sync");
	}

	@Test
	void takeAndRefresh_mainUnreachableExit3AndChangeNothing() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		String url = "jdbc:h2:tcp://localhost:" + port + "/main";
		String second;
		try {
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2", "--seed", "21").exitCode());
			List<String> cases = Sql.column(Sql.main(url), "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER");
			second = cases.get(1);
			assertEquals(0, cli("go-offline", "--main", url, "--case", cases.get(0)).exitCode());
		} finally {
			ProductProcess.stop(server);
		}
		String before = cli("status", "--json").out();
		ProductProcess.Result unreachable = cli("take", "--case", second);
		assertEquals(3, unreachable.exitCode(), unreachable.toString());
		assertEquals(1, unreachable.err().strip().lines().count(), "one line: " + unreachable);
		ProductProcess.Result refresh = cli("refresh");
		assertEquals(3, refresh.exitCode(), "refresh with main unreachable: " + refresh);
		assertEquals(1, refresh.err().strip().lines().count(), "one line: " + refresh);
		String after = cli("status", "--json").out();
		assertEquals(before.replaceAll("\"mainError\":\"[^\"]*\"", ""), after.replaceAll("\"mainError\":\"[^\"]*\"", ""),
				"the copy and its procedures as they were");
	}
}
