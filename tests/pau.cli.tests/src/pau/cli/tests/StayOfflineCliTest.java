package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20: three evenings of offline work handed in with {@code pau-cli sync --stay-offline}, with a
 * colleague writing in main between them, through the built product and plain SQL on both sides, on an
 * H2 server and on PostgreSQL. Main
 * ends with every change exactly once, and each refreshed copy holds main's changes.
 */
class StayOfflineCliTest {

	private static final String KEY = "stay-offline-key";

	@TempDir
	Path dir;

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return ProductProcess.cliIn(dir.resolve("workspace"), Map.of("PAU_OFFLINE_KEY", KEY), arguments);
	}



	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { TestMain.H2, TestMain.POSTGRES })
	void stayOffline_threeEveningsWithAColleagueInMainMergeEachChangeOnceAndRefreshTheCopy(String kind) throws Exception {
		try (TestMain db = TestMain.start(kind, dir)) {
			DataSource main = db.sql;
			assertEquals(0, cli(db.with("demo-data", "--procedures", "3", "--seed", "22")).exitCode());
			List<String> cases = Sql.column(main, "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER");
			String procedure = Sql.text(main, "SELECT ID FROM PROCEDURES WHERE CASE_NUMBER = '" + cases.get(0) + "'");
			ProductProcess.Result offline = cli(db.with("go-offline", "--case", cases.get(0) + "," + cases.get(1)));
			assertEquals(0, offline.exitCode(), offline.toString());
			String first = cli("status", "--json").out();
			String since = Sql.field(first, "since");
			String copyUrl = Sql.field(first, "offlineUrl");

			for (int evening = 1; evening <= 3; evening++) {
				JdbcDataSource copy = Sql.offline(copyUrl, KEY);
				Sql.exec(copy, "UPDATE MEETINGS SET RESULT = 'Офлайн, вечер " + evening + "' WHERE PROCEDURE_ID = '" + procedure + "'");
				Sql.addClaim(copy, procedure, "Офлайн, вечер " + evening, 1000 + evening);
				// Meanwhile in the office:
				Sql.addClaim(main, procedure, "Коллега, вечер " + evening, 2000 + evening);
				Sql.exec(main, "UPDATE PROCEDURES SET COURT = 'Суд, вечер " + evening + "' WHERE ID = '" + procedure + "'");

				ProductProcess.Result sync = cli("sync", "--stay-offline");
				assertEquals(0, sync.exitCode(), sync.toString());
				assertTrue(sync.out().contains("procedures offline: 2"), sync.out());
				// B15: no document changed, so none crosses the link again; the old copy's content is reused.
				assertTrue(sync.out().contains("document content: 0 bytes from the main database"), sync.out());
				assertTrue(!sync.out().contains(", 0 bytes reused"), "the documents came from the old copy: " + sync.out());

				String status = cli("status", "--json").out();
				assertTrue(status.contains("\"mode\":\"offline\"") && status.contains(procedure) && status.contains("\"lastSync\":\""),
						status);
				assertEquals(since, Sql.field(status, "since"), "offline since the first day, not since this evening");
				assertNotEquals(copyUrl, Sql.field(status, "offlineUrl"), "a new copy for the next round");
				copyUrl = Sql.field(status, "offlineUrl");
				JdbcDataSource refreshed = Sql.offline(copyUrl, KEY);
				String documents = "SELECT SHA256 || ':' || OCTET_LENGTH(CONTENT) FROM DOCUMENTS";
				assertFalse(Sql.column(refreshed, documents).isEmpty(), "the demo procedures have documents");
				assertEquals(Sql.sorted(refreshed, documents), Sql.sorted(main,
						"SELECT SHA256 || ':' || OCTET_LENGTH(CONTENT) FROM DOCUMENTS WHERE PROCEDURE_ID IN (SELECT PROCEDURE_ID FROM "
								+ "OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL)"), "the copy's documents whole");
				for (int earlier = 1; earlier <= evening; earlier++) {
					assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Офлайн, вечер " + earlier + "'"),
							"evening " + earlier + "'s claim in main once, after evening " + evening);
					assertEquals(1, Sql.count(refreshed, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Коллега, вечер " + earlier + "'"),
							"the colleague's claim of evening " + earlier + " arrived in the copy");
					assertEquals(1, Sql.count(refreshed, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Офлайн, вечер " + earlier + "'"));
				}
				assertEquals("Суд, вечер " + evening, Sql.text(refreshed, "SELECT COURT FROM PROCEDURES WHERE ID = '" + procedure + "'"),
						"main's change arrived");
				assertEquals(0, Sql.count(main, "SELECT COUNT(*) FROM MEETINGS WHERE PROCEDURE_ID = '" + procedure
						+ "' AND RESULT <> 'Офлайн, вечер " + evening + "'"), "the evening's minutes in main");
				assertEquals(2, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"),
						"B6: still held offline");
			}
			String reports = cli("reports", "--json").out();
			assertEquals(3, reports.split("\"stayedOffline\":true", -1).length - 1, reports);

			ProductProcess.Result last = cli("sync");
			assertEquals(0, last.exitCode(), last.toString());
			assertTrue(cli("status", "--json").out().contains("\"mode\":\"main\""));
			assertEquals(0, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"));
			for (int evening = 1; evening <= 3; evening++) {
				assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Офлайн, вечер " + evening + "'"));
				assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Коллега, вечер " + evening + "'"));
			}
			assertEquals("Суд, вечер 3", Sql.text(main, "SELECT COURT FROM PROCEDURES WHERE ID = '" + procedure + "'"));
			// Nothing went wrong, so nothing was logged (pau-cli once logged on every run that the desktop
			// product it does not load could not be found: a write that fails on a full disk).
			Path log = dir.resolve("workspace/.metadata/.log");
			assertFalse(Files.exists(log), Files.exists(log) ? "the workspace log: " + Files.readString(log) : "");
		}
	}
}
