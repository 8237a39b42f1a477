package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Issue 20, "an office comes back at once": eight workspaces (six with a procedure each, two sharing one)
 * synchronize into one main, all at the same moment against the same eight one after another. Before each
 * run (untimed) each workspace takes its procedure offline and changes all of its claims by plain SQL.
 * Each {@code pau-cli sync} is held at the engine's pause point {@code BEFORE_MERGE} (its start and local
 * checks done) and released: at once, the time from the release to the last exit; one after another, the
 * sum of each one's release to exit. So both sides measure the merges into main, not eight JVM starts on
 * the machine's cores.
 */
final class OfficeScenario {

	static final String NAME = "an office of 8 synchronizing at once";

	private static final int OFFICE = 8;

	private OfficeScenario() {
	}

	static void run(Round round) throws Exception {
		List<UUID> procedures = new ArrayList<>();
		long claims = 0;
		try (Connection main = round.main();
				Statement statement = main.createStatement();
				ResultSet rows = statement.executeQuery("SELECT P.ID, (SELECT COUNT(*) FROM CLAIMS C WHERE C.PROCEDURE_ID = P.ID) "
						+ "FROM PROCEDURES P WHERE EXISTS (SELECT 1 FROM CLAIMS C WHERE C.PROCEDURE_ID = P.ID) ORDER BY P.ID "
						+ "FETCH FIRST " + (OFFICE - 1) + " ROWS ONLY")) {
			while (rows.next()) {
				procedures.add(rows.getObject(1, UUID.class));
				claims += rows.getLong(2);
			}
		}
		if (procedures.size() < OFFICE - 1) {
			round.report.note(String.format(Locale.ROOT, "%s at main %,d: not measured, main holds only %d procedures with claims",
					NAME, round.size, procedures.size()));
			return;
		}
		round.report.note(String.format(Locale.ROOT, "%s at main %,d: %d procedures with %,d claims, each workspace changes all "
				+ "claims of its procedure (workspaces 7 and 8 the same one: M1); the time from releasing the syncs held just "
				+ "before main to the last one's exit", NAME, round.size, procedures.size(), claims));
		long total = claims;
		String tag = "office " + System.currentTimeMillis() + " ";
		Round.Step atOnce = i -> {
			String basis = tag + "at once " + i;
			List<Path> workspaces = prepare(round, procedures, "at-once-" + Round.label(i), basis);
			List<Held> held = new ArrayList<>();
			for (int w = 0; w < OFFICE; w++) {
				held.add(Held.start(round, workspaces.get(w), "office-at-once-" + Round.label(i) + "-w" + (w + 1)));
			}
			for (Held sync : held) {
				sync.awaitPause();
			}
			long released = System.nanoTime();
			for (Held sync : held) {
				sync.release();
			}
			for (Held sync : held) {
				sync.awaitExit();
			}
			double seconds = (System.nanoTime() - released) / 1e9;
			expectInMain(round, basis, total);
			return seconds;
		};
		Round.Step oneAfterAnother = i -> {
			String basis = tag + "one by one " + i;
			List<Path> workspaces = prepare(round, procedures, "sequential-" + Round.label(i), basis);
			double seconds = 0;
			for (int w = 0; w < OFFICE; w++) {
				Held sync = Held.start(round, workspaces.get(w), "office-sequential-" + Round.label(i) + "-w" + (w + 1));
				sync.awaitPause();
				long released = System.nanoTime();
				sync.release();
				sync.awaitExit();
				seconds += (System.nanoTime() - released) / 1e9;
			}
			expectInMain(round, basis, total);
			return seconds;
		};
		round.interleave(NAME, "the same 8 synchronizing one after another", atOnce, oneAfterAnother);
	}

	/**
	 * Eight workspaces, each with its procedure offline (the last two share one) and all of its claims changed
	 * offline to {@code basis}.
	 */
	private static List<Path> prepare(Round round, List<UUID> procedures, String label, String basis) throws Exception {
		List<Path> workspaces = new ArrayList<>();
		for (int w = 0; w < OFFICE; w++) {
			Path workspace = round.dir.resolve("ws-office-" + (w + 1));
			String out = round.cliOutput("office-go-offline-" + label + "-w" + (w + 1), workspace, "go-offline", "--main",
					round.mainUrl, "--procedure", procedures.get(Math.min(w, procedures.size() - 1)).toString());
			try (Connection offline = Sql.encrypted(Round.offlineUrl(out));
					PreparedStatement update = Sql.prepare(offline, "UPDATE CLAIMS SET AMOUNT = AMOUNT + 1, BASIS = ?", basis)) {
				update.executeUpdate();
			}
			workspaces.add(workspace);
		}
		return workspaces;
	}

	/** Each claim changed exactly once (the shared procedure's by whichever came first, M1), none left out. */
	private static void expectInMain(Round round, String basis, long claims) throws Exception {
		try (Connection main = round.main()) {
			long merged = Sql.number(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = ?", basis);
			long open = Sql.number(main, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL");
			if (merged != claims || open != 0) {
				throw new IOException(NAME + ": " + merged + " claims merged of " + claims + ", " + open + " checkouts open");
			}
		}
	}

	/** A {@code pau-cli sync} held at {@code BEFORE_MERGE} until released. */
	private record Held(Process process, Path signal, Path log) {

		static Held start(Round round, Path workspace, String name) throws IOException {
			Path signal = round.dir.resolve(name + ".signal");
			Path log = round.log(name);
			Map<String, String> environment = new HashMap<>(Product.environment());
			environment.put("PAU_JAVA_OPTS", environment.get("PAU_JAVA_OPTS") + " -Dpau.faultInjection.pause=BEFORE_MERGE "
					+ "-Dpau.faultInjection.signal=" + signal);
			ProcessBuilder builder = new ProcessBuilder(round.product.cli(workspace, "sync")).redirectErrorStream(true)
					.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			return new Held(builder.start(), signal, log);
		}

		void awaitPause() throws IOException, InterruptedException {
			while (!Files.exists(signal)) {
				if (!process.isAlive()) {
					throw new IOException("pau-cli sync ended (exit " + process.exitValue() + ") before main: " + log);
				}
				Thread.sleep(10);
			}
		}

		void release() throws IOException {
			Files.delete(signal);
		}

		void awaitExit() throws IOException, InterruptedException {
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException("pau-cli sync did not finish: " + log);
			}
			if (process.exitValue() != 0) {
				throw new IOException("pau-cli sync exit " + process.exitValue() + ": " + log);
			}
		}
	}
}
