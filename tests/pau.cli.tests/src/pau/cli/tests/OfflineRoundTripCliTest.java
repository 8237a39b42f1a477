package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B10: the whole round trip with only pau-server and pau-cli of the built product, as an
 * administrator's script would do it: demo data, go offline, edit the offline database with a plain
 * H2 client (PAU_OFFLINE_KEY), edit main, preview, synchronize, inspect main. Exit codes and JSON are
 * the public contract.
 */
class OfflineRoundTripCliTest {

	private static final String KEY = "round-trip-key";

	@TempDir
	Path dir;

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return ProductProcess.cliIn(dir.resolve("workspace"), Map.of("PAU_OFFLINE_KEY", KEY), arguments);
	}

	@Test
	void b10_roundTripWithPauServerAndPauCli() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			JdbcDataSource main = Sql.main(url);
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "4", "--seed", "3").exitCode());
			String caseNumber = Sql.text(main, "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER LIMIT 1");

			// Written as a person types it: Latin A, spaces, an en dash (issue 21: only main's case numbers with
			// the same digits are normalized, so these must still find it).
			String typed = " " + caseNumber.replace('\u0410', 'A').replace("-", " \u2013 ") + " ";
			ProductProcess.Result offline = cli("go-offline", "--main", url, "--case", typed);
			assertEquals(0, offline.exitCode(), offline.toString());
			assertEquals(4, cli("go-offline", "--main", url, "--all").exitCode(), "already offline");

			ProductProcess.Result status = cli("status", "--json");
			assertEquals(0, status.exitCode(), status.toString());
			String json = status.out().strip();
			assertTrue(json.startsWith("{") && json.contains("\"mode\":\"offline\"") && json.contains("\"mainReachable\":true")
					&& json.contains("\"offlineUrl\":\"jdbc:h2:file:") && json.contains("\"procedures\":[\"")
					&& json.contains("\"since\":\""), json);
			assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"), "B6");
			assertTrue(json.contains("\"checkouts\":[{\"procedureId\":\"") && json.contains("\"caseNumber\":\"" + caseNumber + "\"")
					&& json.contains("\"userName\":\""), "B6 in status --json: " + json);

			JdbcDataSource offlineDb = Sql.offlineOf(json, KEY);
			Sql.exec(offlineDb, "UPDATE MEETINGS SET RESULT = 'Принято офлайн'");
			Sql.exec(offlineDb, "UPDATE PROCEDURES SET COURT = 'Суд офлайн'");
			Sql.exec(main, "UPDATE PROCEDURES SET COURT = 'Суд основной' WHERE CASE_NUMBER = '" + caseNumber + "'");

			Path previewFile = dir.resolve("preview.json");
			ProductProcess.Result preview = cli("sync", "--preview", "--report", previewFile.toString());
			assertEquals(0, preview.exitCode(), preview.toString());
			assertTrue(Files.readString(previewFile, StandardCharsets.UTF_8).contains("\"preview\": true"));
			assertEquals(0, Sql.count(main, "SELECT COUNT(*) FROM MEETINGS WHERE RESULT = 'Принято офлайн'"), "preview changes nothing");

			Path reportFile = dir.resolve("report.csv");
			ProductProcess.Result sync = cli("sync", "--report", reportFile.toString());
			assertEquals(0, sync.exitCode(), sync.toString());
			assertTrue(Sql.count(main, "SELECT COUNT(*) FROM MEETINGS WHERE RESULT = 'Принято офлайн'") > 0, "offline edit merged");
			assertEquals("Суд основной", Sql.text(main, "SELECT COURT FROM PROCEDURES WHERE CASE_NUMBER = '" + caseNumber + "'"), "M1: main wins");
			String csv = Files.readString(reportFile, StandardCharsets.UTF_8);
			assertTrue(csv.startsWith("\uFEFF"), "B1: UTF-8 with a byte-order mark: " + csv);
			assertTrue(csv.contains(caseNumber) && csv.contains("Суд офлайн") && !csv.contains("CONFLICT_MAIN_KEPT"), csv);
			assertEquals(0, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"));
			assertTrue(cli("status", "--json").out().contains("\"mode\":\"main\""));

			assertEquals(4, cli("sync").exitCode(), "not offline");
			assertEquals(4, cli("discard", "--yes").exitCode(), "not offline");
			assertEquals(2, cli("discard").exitCode(), "without --yes");
			assertEquals(2, cli("go-offline", "--main", url, "--case", "А99-0/1900").exitCode(), "unknown case");
			ProductProcess.Result typo = cli("go-offline", "--main", url.replace("/main", "/mian"), "--all");
			assertEquals(3, typo.exitCode(), "a URL that names no database is an error, never a new empty one: " + typo);
			assertTrue(cli("status", "--json").out().contains("\"mainUrl\":\"" + url + "\""),
					"nothing half-done after a non-zero exit: the workspace still points at the right main database");
		} finally {
			ProductProcess.stop(server);
		}
	}

	@Test
	void b10_unreachableMainExits3AndAnotherMainDatabaseIsRefusedWith5() throws Exception {
		int port = ProductProcess.freePort();
		assertEquals(3, cli("go-offline", "--main", "jdbc:h2:tcp://localhost:" + port + "/main", "--all").exitCode());
		Process server = ProductProcess.server(port, dir.resolve("server-a"));
		String url = "jdbc:h2:tcp://localhost:" + port + "/main";
		try {
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2").exitCode());
			assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());
		} finally {
			ProductProcess.stop(server);
		}
		ProductProcess.Result unreachable = cli("sync");
		assertEquals(3, unreachable.exitCode(), unreachable.toString());
		assertTrue(cli("status", "--json").out().contains("\"mainReachable\":false"));
		// Another database answers at the same address: not the one the copy came from (B11).
		Process other = ProductProcess.server(port, dir.resolve("server-b"));
		try {
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "1").exitCode());
			ProductProcess.Result refused = cli("sync");
			assertEquals(5, refused.exitCode(), refused.toString());
			assertTrue(refused.err().contains("not the one the offline copy came from"), refused.toString());
			ProductProcess.Result discarded = cli("discard", "--yes");
			assertEquals(0, discarded.exitCode(), discarded.toString());
		} finally {
			ProductProcess.stop(other);
		}
	}
}
