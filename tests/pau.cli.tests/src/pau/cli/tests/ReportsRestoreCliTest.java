package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * B1/B13 through the built product's pau-cli: {@code reports [--json] [--main URL]} lists the reports
 * kept in main, newest first, with the public JSON fields; {@code restore REPORT_ID ENTRY_NO} exits 0
 * when it wrote the offline value, 6 when main changed the value again since (nothing written), 2 for
 * an entry that is not a lost offline value; {@code sync --report FILE.csv} writes the readable CSV.
 */
class ReportsRestoreCliTest {

	private static final String KEY = "reports-key";

	@TempDir
	Path dir;

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return ProductProcess.cliIn(dir.resolve("workspace"), Map.of("PAU_OFFLINE_KEY", KEY), arguments);
	}

	private static int entryNo(JsonArray entries, String table, String field) {
		for (JsonElement element : entries) {
			JsonObject entry = element.getAsJsonObject();
			if (table.equals(entry.get("table").getAsString()) && (field == null ? entry.get("field").isJsonNull()
					: !entry.get("field").isJsonNull() && field.equals(entry.get("field").getAsString()))) {
				return entry.get("no").getAsInt();
			}
		}
		throw new AssertionError(table + "." + field + " not in " + entries);
	}

	@Test
	void b13_restoreExits0WhenWritten6WhenChangedAgainAnd2ForNoLostValue_b1_reportsJsonNewestFirstWithEveryProcedureReturned() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			JdbcDataSource main = Sql.main(url);
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "3", "--seed", "5").exitCode());
			String caseNumber = Sql.text(main, "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER LIMIT 1");
			String procedure = Sql.text(main, "SELECT ID FROM PROCEDURES WHERE CASE_NUMBER = '" + caseNumber + "'");
			String meeting = Sql.text(main, "SELECT ID FROM MEETINGS WHERE PROCEDURE_ID = '" + procedure + "' ORDER BY ID LIMIT 1");
			String claim = Sql.text(main, "SELECT ID FROM CLAIMS WHERE PROCEDURE_ID = '" + procedure + "' ORDER BY ID LIMIT 1");
			String amountClaim = Sql.text(main, "SELECT ID FROM CLAIMS WHERE PROCEDURE_ID = '" + procedure + "' ORDER BY ID DESC LIMIT 1");
			// A second procedure goes offline and comes back without a change: the report still lists it.
			String untouchedCase = Sql.text(main, "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER DESC LIMIT 1");
			String untouched = Sql.text(main, "SELECT ID FROM PROCEDURES WHERE CASE_NUMBER = '" + untouchedCase + "'");
			assertEquals("[]", cli("reports", "--json", "--main", url).out().strip(), "no report yet");

			ProductProcess.Result offline = cli("go-offline", "--main", url, "--case", caseNumber + "," + untouchedCase);
			assertEquals(0, offline.exitCode(), offline.toString());
			String status = cli("status", "--json").out();
			JdbcDataSource offlineDb = Sql.offlineOf(status, KEY);
			Sql.exec(offlineDb, "UPDATE PROCEDURES SET COURT = 'Суд офлайн'");
			Sql.exec(main, "UPDATE PROCEDURES SET COURT = 'Суд основной', VERSION = VERSION + 1 WHERE ID = '" + procedure + "'");
			Sql.exec(offlineDb, "UPDATE MEETINGS SET RESULT = 'Принято офлайн' WHERE ID = '" + meeting + "'");
			Sql.exec(main, "UPDATE MEETINGS SET RESULT = 'Принято в основной', VERSION = VERSION + 1 WHERE ID = '" + meeting + "'");
			Sql.exec(offlineDb, "DELETE FROM CLAIMS WHERE ID = '" + claim + "'");
			Sql.exec(offlineDb, "UPDATE CLAIMS SET AMOUNT = 1234567.50 WHERE ID = '" + amountClaim + "'");
			Sql.exec(main, "UPDATE CLAIMS SET AMOUNT = 99.00, VERSION = VERSION + 1 WHERE ID = '" + amountClaim + "'");

			Path csvFile = dir.resolve("report.csv");
			ProductProcess.Result sync = cli("sync", "--report", csvFile.toString());
			assertEquals(0, sync.exitCode(), sync.toString());
			byte[] csv = Files.readAllBytes(csvFile);
			assertEquals(0xEF, csv[0] & 0xFF, "UTF-8 with a byte-order mark");
			String csvText = new String(csv, StandardCharsets.UTF_8);
			assertTrue(csvText.contains(caseNumber) && csvText.contains("Суд офлайн") && !csvText.contains("CONFLICT_MAIN_KEPT"), csvText);
			assertTrue(csvText.contains(untouchedCase), "every procedure returned is in the CSV: " + csvText);
			// Amounts are numbers a spreadsheet adds up: no grouping, no currency sign (the header names it).
			assertTrue(csvText.lines().anyMatch(l -> l.matches(".*[,;]\"?1234567[.,]50\"?[,;]\"?99[.,]00\"?[,;].*")), csvText);

			ProductProcess.Result listed = cli("reports", "--json");
			assertEquals(0, listed.exitCode(), listed.toString());
			JsonArray reports = JsonParser.parseString(listed.out()).getAsJsonArray();
			assertEquals(1, reports.size());
			JsonObject report = reports.get(0).getAsJsonObject();
			for (String field : new String[] { "id", "syncedAt", "user", "host", "procedures", "entries" }) {
				assertTrue(report.has(field), field + " in " + report);
			}
			// B1 (issue 19): every procedure the synchronization returned, with or without decisions.
			JsonArray procedures = report.getAsJsonArray("procedures");
			assertEquals(2, procedures.size(), procedures.toString());
			for (JsonElement p : procedures) {
				String id = p.getAsJsonObject().get("procedureId").getAsString();
				String number = p.getAsJsonObject().get("caseNumber").getAsString();
				assertEquals(Sql.text(main, "SELECT CASE_NUMBER FROM PROCEDURES WHERE ID = '" + id + "'"), number);
				assertEquals(Sql.text(main, "SELECT E.NAME FROM PROCEDURES P JOIN ENTERPRISES E ON E.ID = P.ENTERPRISE_ID WHERE P.ID = '" + id + "'"),
						p.getAsJsonObject().get("debtor").getAsString());
			}
			assertTrue(procedures.toString().contains(untouched) && procedures.toString().contains(procedure), procedures.toString());
			String reportId = report.get("id").getAsString();
			JsonArray entries = report.getAsJsonArray("entries");
			for (JsonElement element : entries) {
				for (String field : new String[] { "no", "kind", "table", "recordId", "field", "offlineValue", "mainValue", "restored" }) {
					assertTrue(element.getAsJsonObject().has(field), field + " in " + element);
				}
			}
			int court = entryNo(entries, "PROCEDURES", "COURT");
			int result = entryNo(entries, "MEETINGS", "RESULT");
			int deletion = entryNo(entries, "CLAIMS", null);
			assertEquals("Суд офлайн", entries.get(court - 1).getAsJsonObject().get("offlineValue").getAsString());
			assertFalse(entries.get(court - 1).getAsJsonObject().get("restored").getAsBoolean());

			ProductProcess.Result written = cli("restore", reportId, String.valueOf(court));
			assertEquals(0, written.exitCode(), written.toString());
			assertEquals("Суд офлайн", Sql.text(main, "SELECT COURT FROM PROCEDURES WHERE ID = '" + procedure + "'"));

			Sql.exec(main, "UPDATE MEETINGS SET RESULT = 'Ещё раз', VERSION = VERSION + 1 WHERE ID = '" + meeting + "'");
			ProductProcess.Result changed = cli("restore", reportId, String.valueOf(result), "--main", url);
			assertEquals(6, changed.exitCode(), changed.toString());
			assertEquals("Ещё раз", Sql.text(main, "SELECT RESULT FROM MEETINGS WHERE ID = '" + meeting + "'"), "nothing written");
			assertEquals(1, changed.err().strip().lines().count(), "one line: " + changed.err());

			assertEquals(2, cli("restore", reportId, String.valueOf(deletion)).exitCode(), "a deletion is not a lost value");
			assertEquals(2, cli("restore", reportId, String.valueOf(court)).exitCode(), "restored already");
			assertEquals(2, cli("restore", reportId).exitCode(), "missing entry number");
			ProductProcess.Result noSuch = cli("restore", "nosuch", "1");
			assertEquals(2, noSuch.exitCode(), noSuch.toString());
			assertEquals(1, noSuch.err().strip().lines().count(), noSuch.toString());
			assertTrue(noSuch.err().contains("no synchronization report nosuch"), noSuch.toString());

			JsonObject after = JsonParser.parseString(cli("reports", "--json", "--main", url).out()).getAsJsonArray().get(0)
					.getAsJsonObject();
			JsonObject restored = after.getAsJsonArray("entries").get(court - 1).getAsJsonObject();
			assertTrue(restored.get("restored").getAsBoolean(), "a restored entry shows as such: " + restored);
			assertFalse(after.getAsJsonArray("entries").get(result - 1).getAsJsonObject().get("restored").getAsBoolean());
			ProductProcess.Result words = cli("reports");
			assertEquals(0, words.exitCode(), words.toString());
			assertTrue(words.out().contains(caseNumber) && words.out().contains(reportId), words.out());

			int unused = ProductProcess.freePort();
			assertEquals(3, cli("reports", "--main", "jdbc:h2:tcp://localhost:" + unused + "/main").exitCode());
		} finally {
			ProductProcess.stop(server);
		}
	}
}
