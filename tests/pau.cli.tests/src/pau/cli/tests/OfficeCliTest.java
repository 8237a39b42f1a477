package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue 20, "an office comes back at once": eight workspaces — six with a procedure each, two sharing
 * one — synchronize into one main at the same moment, on an H2 server and on PostgreSQL, through the
 * built product with plain SQL on both sides. The eight processes are held at the engine's pause point
 * {@code BEFORE_MERGE} (everything local done) and released together. Every one finishes (exit 0, or
 * exit 3 in one line after its bounded retries and then 0 when run again), each offline change is in
 * main exactly once, and of the two sharing a procedure the later keeps main's value (M1) and says so
 * in its report.
 */
class OfficeCliTest {

	private static final String KEY = "office-key";
	private static final int OFFICE = 8;
	/** Workspaces 7 and 8 both take the seventh procedure. */
	private static final int PROCEDURES = 7;

	@TempDir
	Path dir;

	private ProductProcess.Result cli(int workspace, Map<String, String> environment, String... arguments) throws Exception {
		return ProductProcess.cliIn(dir.resolve("w" + workspace), KEY, environment, arguments);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { TestMain.H2, TestMain.POSTGRES })
	void issue20_anOfficeOfEightSynchronizesAtOnceAndEachChangeIsMergedExactlyOnce(String kind) throws Exception {
		try (TestMain db = TestMain.start(kind, dir)) {
			DataSource main = db.sql;
			ProductProcess.Result demo = cli(0, Map.of(),
					db.with("demo-data", "--procedures", String.valueOf(PROCEDURES), "--documents-mb", "1", "--seed", "26"));
			assertEquals(0, demo.exitCode(), demo.toString());
			List<String> procedures = Sql.column(main, "SELECT ID FROM PROCEDURES ORDER BY ID");
			assertEquals(PROCEDURES, procedures.size());
			long claimsBefore = Sql.count(main, "SELECT COUNT(*) FROM CLAIMS");

			// The week before: each takes its procedure and works on it offline (plain SQL on the copy).
			ExecutorService office = Executors.newFixedThreadPool(OFFICE);
			try {
				List<Future<ProductProcess.Result>> taken = new ArrayList<>();
				for (int w = 1; w <= OFFICE; w++) {
					String procedure = procedures.get(Math.min(w, PROCEDURES) - 1); // a case number may name two (a case's procedures)
					int workspace = w;
					taken.add(office.submit(() -> cli(workspace, Map.of(), db.with("go-offline", "--procedure", procedure))));
				}
				for (int w = 1; w <= OFFICE; w++) {
					ProductProcess.Result offline = taken.get(w - 1).get(5, TimeUnit.MINUTES);
					assertEquals(0, offline.exitCode(), offline.toString());
					String procedure = procedures.get(Math.min(w, PROCEDURES) - 1);
					// The copy's URL ends the go-offline line.
					DataSource copy = Sql.offline(offline.out().strip().replaceAll("(?s).*(jdbc:h2:\\S+)$", "$1"), KEY);
					Sql.addClaim(copy, procedure, "Сотрудник " + w, 3000 + w);
					Sql.exec(copy, "UPDATE PROCEDURES SET COURT = 'Суд сотрудника " + w + "' WHERE ID = '" + procedure + "'");
				}

				// Monday morning: all eight held just before main, then released at the same moment.
				List<Future<ProductProcess.Result>> syncs = new ArrayList<>();
				List<Path> signals = new ArrayList<>();
				for (int w = 1; w <= OFFICE; w++) {
					Path signal = dir.resolve("signal-" + w);
					signals.add(signal);
					Map<String, String> held = Map.of("PAU_JAVA_OPTS",
							"-Dpau.faultInjection.pause=BEFORE_MERGE -Dpau.faultInjection.signal=" + signal);
					int workspace = w;
					syncs.add(office.submit(() -> cli(workspace, held, "sync")));
				}
				assertTrue(Desk.poll(300_000, () -> signals.stream().allMatch(Files::exists)), "all eight reached main's door");
				for (Path signal : signals) {
					Files.delete(signal);
				}
				int retried = 0;
				for (int w = 1; w <= OFFICE; w++) {
					ProductProcess.Result sync = syncs.get(w - 1).get(5, TimeUnit.MINUTES);
					assertFalse(sync.err().contains("\tat ") || sync.err().contains("Exception"), "no stack trace: " + sync);
					if (sync.exitCode() == 3) {
						// Bounded retries ran out: one line that says so, main unchanged for it; run again.
						assertEquals(1, sync.err().lines().filter(line -> line.startsWith("pau-cli:")).count(), sync.toString());
						assertTrue(sync.err().contains("Other users kept changing"), sync.toString());
						sync = cli(w, Map.of(), "sync");
						retried++;
					}
					assertEquals(0, sync.exitCode(), "workspace " + w + ": " + sync); // exit 0: merged and in main mode
				}
				System.out.printf("office of %d on %s: %d ran out of retries and finished when run again%n", OFFICE, kind, retried);
			} finally {
				office.shutdownNow();
			}

			// Every change exactly once, nothing else added.
			for (int w = 1; w <= OFFICE; w++) {
				assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Сотрудник " + w + "'"), "claim of " + w);
			}
			assertEquals(claimsBefore + OFFICE, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS"));
			for (int w = 1; w < PROCEDURES; w++) {
				assertEquals("Суд сотрудника " + w, Sql.text(main, "SELECT COURT FROM PROCEDURES WHERE ID = '" + procedures.get(w - 1) + "'"));
			}
			assertEquals(0, Sql.count(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"), "all returned");

			// M1 for the two sharing one: the first to commit wrote its court, the later kept it and says so.
			String shared = procedures.get(PROCEDURES - 1);
			String court = Sql.text(main, "SELECT COURT FROM PROCEDURES WHERE ID = '" + shared + "'");
			assertTrue(court.equals("Суд сотрудника 7") || court.equals("Суд сотрудника 8"), court);
			String lost = court.endsWith("7") ? "Суд сотрудника 8" : "Суд сотрудника 7";
			ProductProcess.Result listed = cli(0, Map.of(), db.with("reports", "--json"));
			assertEquals(0, listed.exitCode(), listed.toString());
			JsonArray reports = JsonParser.parseString(listed.out()).getAsJsonArray();
			assertEquals(OFFICE, reports.size(), "one report per workspace");
			Map<String, Integer> returned = new HashMap<>();
			int conflicts = 0;
			for (JsonElement element : reports) {
				JsonObject report = element.getAsJsonObject();
				for (JsonElement procedure : report.getAsJsonArray("procedures")) {
					returned.merge(procedure.getAsJsonObject().get("procedureId").getAsString(), 1, Integer::sum);
				}
				for (JsonElement entry : report.getAsJsonArray("entries")) {
					JsonObject e = entry.getAsJsonObject();
					assertEquals("CONFLICT_MAIN_KEPT", e.get("kind").getAsString(), "the only decision of the week: " + e);
					assertEquals("COURT", e.get("field").getAsString());
					assertEquals(lost, e.get("offlineValue").getAsString());
					assertEquals(court, e.get("mainValue").getAsString());
					conflicts++;
				}
			}
			assertEquals(1, conflicts, "the later of the two sharing a procedure kept main's court");
			for (int p = 0; p < PROCEDURES; p++) {
				assertEquals(p == PROCEDURES - 1 ? 2 : 1, returned.getOrDefault(procedures.get(p), 0),
						"reports returning " + procedures.get(p) + ": " + listed.out());
			}
		}
	}
}
