package pau.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Issue 21 item 4, a sync follows the changes: {@value #CHANGES} claims changed offline and synchronized
 * ({@code pau-cli sync}, whole process) from a copy of about {@value #LARGE_ROWS} rows, against the same sync
 * from a copy of about {@value #SMALL_ROWS} rows as the floor: the goal is within 1.2×. Each run takes its copy
 * first (untimed): the first procedures of main by id, as many as make the rows. Twice: the changes made as
 * PAU Desk writes them (plain SQL through the key, in a copy opened through PAU Desk's own file layer, as its
 * editors' writes go), and made by another H2 client (plain SQL through the key on the file), whose bytes
 * PAU Desk reads back whole before it merges them (B17).
 */
final class SyncScaleScenario {

	static final int CHANGES = 10;

	static final int SMALL_ROWS = 500;

	static final int LARGE_ROWS = 50_000;

	static final String NAME = String.format(Locale.ROOT, "sync, %d claims changed as PAU Desk writes them, from a copy "
			+ "of %,d rows", CHANGES, LARGE_ROWS);

	static final String OTHER_CLIENT = String.format(Locale.ROOT, "sync, %d claims changed by another H2 client, from "
			+ "a copy of %,d rows", CHANGES, LARGE_ROWS);

	private SyncScaleScenario() {
	}

	static void run(Round round) throws Exception {
		List<UUID> small = firstProcedures(round, SMALL_ROWS);
		List<UUID> large = firstProcedures(round, LARGE_ROWS);
		if (large == null || small == null) {
			round.report.note(String.format(Locale.ROOT, "%s at main %,d: not measured, main holds fewer rows", NAME,
					round.size));
			return;
		}
		for (boolean asPauDesk : List.of(true, false)) {
			String name = asPauDesk ? NAME : OTHER_CLIENT;
			String tag = "bench scale " + System.currentTimeMillis() + " ";
			long[] rows = new long[2];
			Steps[] steps = { new Steps(), new Steps() };
			Round.Step big = i -> syncFrom(round, 0, large, tag + "large " + i, i, rows, steps[0], asPauDesk);
			Round.Step floor = i -> syncFrom(round, 1, small, tag + "small " + i, i, rows, steps[1], asPauDesk);
			round.interleave(name, String.format(Locale.ROOT, "the same sync from a copy of %,d rows", SMALL_ROWS), big,
					floor);
			round.report.note(String.format(Locale.ROOT, "%s at main %,d: the copies held %,d rows (%,d procedures) and "
					+ "%,d rows (%,d procedures); planning the merge (what changed offline, main's rows it touches) %.2f s "
					+ "vs %.2f s (%.2f×); checking the copy's bytes against what PAU Desk wrote %.3f s vs %.3f s; reading "
					+ "the copy back whole before the sync (B17) %.2f s vs %.2f s, the backup %.2f s vs %.2f s (medians)",
					name, round.size, rows[0], large.size(), rows[1], small.size(), steps[0].median(Steps.PLAN),
					steps[1].median(Steps.PLAN), steps[0].median(Steps.PLAN) / steps[1].median(Steps.PLAN),
					steps[0].median(Steps.AS_WRITTEN), steps[1].median(Steps.AS_WRITTEN),
					steps[0].median(Steps.READ_BACK), steps[1].median(Steps.READ_BACK), steps[0].median(Steps.BACKUP),
					steps[1].median(Steps.BACKUP)));
		}
	}

	/** Takes the procedures offline, changes the first claims of the copy, synchronizes (timed). */
	private static double syncFrom(Round round, int side, List<UUID> procedures, String basis, int i, long[] rows,
			Steps steps, boolean asPauDesk) throws Exception {
		Path workspace = round.dir.resolve("ws-scale-" + side);
		String log = "scale-" + side + "-" + Round.label(i);
		String out = round.cliOutput("go-offline-" + log, workspace, "go-offline", "--main", round.mainUrl, "--procedure",
				String.join(",", procedures.stream().map(UUID::toString).toList()));
		String url = Round.offlineUrl(out);
		try (Connection offline = Sql.encrypted(asPauDesk ? round.product.asPauDesk(url) : url)) {
			rows[side] = Sql.rowCounts(offline).values().stream().mapToLong(Long::longValue).sum();
			SyncScenario.edit(offline, "CLAIMS", basis, CHANGES);
		}
		double seconds = round.cli(log, workspace, "sync");
		round.inProcess(side, log);
		if (i >= 0) {
			steps.addAll(round.steps(log));
		}
		try (Connection main = round.main()) {
			SyncScenario.expect(Sql.number(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = ?", basis), CHANGES,
					"claims changed in main by the sync from a copy of " + rows[side] + " rows");
		}
		return seconds;
	}

	/** The first procedures of main by id whose rows (their own and the claims', meetings', …) make {@code rows}. */
	private static List<UUID> firstProcedures(Round round, long wanted) throws Exception {
		StringBuilder owned = new StringBuilder("1");
		for (String table : Sql.COPIED.subList(3, Sql.COPIED.size())) {
			owned.append(" + (SELECT COUNT(*) FROM ").append(table).append(" T WHERE T.PROCEDURE_ID = P.ID)");
		}
		List<UUID> procedures = new ArrayList<>();
		long rows = 0;
		long claims = 0;
		try (Connection main = round.main(); Statement statement = main.createStatement();
				ResultSet rs = statement.executeQuery("SELECT P.ID, " + owned + ", (SELECT COUNT(*) FROM CLAIMS C "
						+ "WHERE C.PROCEDURE_ID = P.ID) FROM PROCEDURES P ORDER BY P.ID")) {
			while ((rows < wanted || claims < CHANGES) && rs.next()) {
				procedures.add(rs.getObject(1, UUID.class));
				rows += rs.getLong(2);
				claims += rs.getLong(3);
			}
		}
		return rows < wanted || claims < CHANGES ? null : procedures;
	}
}
