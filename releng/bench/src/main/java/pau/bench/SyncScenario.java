package pau.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import pau.bench.floor.SyncApplyFloor;

/**
 * Synchronizing N changed claims ({@code pau-cli sync}, whole process) against the floor: a bare batched JDBC
 * apply of the same updates to main, as its own process. Before each PAU run (untimed) enough procedures go
 * offline and the first N of their claims by id are changed by plain SQL in the offline copy (opened with the
 * key given to pau-cli); before each floor run the same N claims, as main has them now, are written changed
 * into a new AES H2 file that the floor reads and applies.
 */
final class SyncScenario {

	private SyncScenario() {
	}

	static String name(int changes) {
		return String.format(Locale.ROOT, "sync, %,d changed claims", changes);
	}

	static void run(Round round, int changes) throws Exception {
		List<UUID> procedures = new ArrayList<>();
		long claims = 0;
		try (Connection main = round.main();
				Statement statement = main.createStatement();
				ResultSet rows = statement.executeQuery("SELECT P.ID, (SELECT COUNT(*) FROM CLAIMS C "
						+ "WHERE C.PROCEDURE_ID = P.ID) FROM PROCEDURES P ORDER BY P.ID")) {
			while (claims < changes && rows.next()) {
				procedures.add(rows.getObject(1, UUID.class));
				claims += rows.getLong(2);
			}
		}
		if (claims < changes) {
			round.report.note(String.format(Locale.ROOT, "%s at main %,d: not measured, main holds only %,d claims",
					name(changes), round.size, claims));
			return;
		}
		round.report.note(String.format(Locale.ROOT,
				"%s at main %,d: %,d procedures taken offline (%,d claims), the first %,d claims by id changed (AMOUNT + 1, BASIS)",
				name(changes), round.size, procedures.size(), claims, changes));
		Object[] ids = procedures.toArray();
		String in = Sql.in(ids.length);
		String idList = String.join(",", procedures.stream().map(UUID::toString).toList());
		Path workspace = round.dir.resolve("ws-sync-" + changes);
		String tag = "bench " + System.currentTimeMillis() + " ";
		Round.Traffic[] traffic = new Round.Traffic[2]; // PAU Desk's and the floor's, of the last run
		Steps steps = new Steps();
		Round.Step pau = i -> {
			String out = round.cliOutput("sync-go-offline-" + changes + "-" + Round.label(i), workspace, "go-offline", "--main",
					round.mainUrl, "--procedure", idList);
			String basis = tag + "pau " + i;
			try (Connection offline = Sql.encrypted(Round.offlineUrl(out))) {
				// The same edit on a copy of the table without row digests first (SELECT * leaves the invisible
				// digest column out): what the digests, computed by H2 on every write, cost an edit.
				try (Statement copy = offline.createStatement()) {
					copy.execute("CREATE TABLE BENCH_PLAIN_CLAIMS AS SELECT * FROM CLAIMS");
					copy.execute("ALTER TABLE BENCH_PLAIN_CLAIMS ALTER COLUMN ID SET NOT NULL");
					copy.execute("ALTER TABLE BENCH_PLAIN_CLAIMS ADD PRIMARY KEY (ID)");
				}
				double plain = edit(offline, "BENCH_PLAIN_CLAIMS", basis, changes);
				try (Statement drop = offline.createStatement()) {
					drop.execute("DROP TABLE BENCH_PLAIN_CLAIMS");
				}
				double digested = edit(offline, "CLAIMS", basis, changes);
				if (i >= 0) {
					steps.add(EDIT_PLAIN, plain);
					steps.add(EDIT, digested);
				}
			}
			Round.Traffic before = round.traffic();
			String log = "sync-" + changes + "-" + Round.label(i);
			double seconds = round.cli(log, workspace, "sync");
			traffic[0] = before == null ? null : round.traffic().minus(before);
			round.inProcess(0, log);
			if (i >= 0) {
				steps.addAll(round.steps(log));
			}
			expectInMain(round, in, ids, basis, changes);
			return seconds;
		};
		Round.Step floor = i -> {
			Path file = round.dir.resolve("changes-" + changes);
			String basis = tag + "floor " + i;
			Round.deleteDatabase(file);
			writeChanges(round, file, in, ids, basis, changes);
			Round.Traffic before = round.traffic();
			double seconds = round.floor("floor-sync-" + changes + "-" + Round.label(i), SyncApplyFloor.class, file.toString(),
					Product.KEY, round.mainUrl);
			traffic[1] = before == null ? null : round.traffic().minus(before);
			round.inProcess(1, "floor-sync-" + changes + "-" + Round.label(i));
			expectInMain(round, in, ids, basis, changes);
			Round.deleteDatabase(file);
			return seconds;
		};
		Result result = round.interleave(name(changes), "bare batched JDBC apply of the same updates to main", pau, floor);
		round.report.note(String.format(Locale.ROOT, "%s at main %,d, where PAU Desk's time goes (medians): reading the "
				+ "copy back whole before the sync (every value, row digest, index and document) %.2f s, the backup %.2f s; "
				+ "the offline edit of the %,d claims by plain SQL %.3f s with row digests, %.3f s on a copy of the table "
				+ "without them (%.2f×)", name(changes), round.size, steps.median(Steps.READ_BACK), steps.median(Steps.BACKUP),
				changes, steps.median(EDIT), steps.median(EDIT_PLAIN), steps.median(EDIT) / steps.median(EDIT_PLAIN)));
		round.noteLink(result, name(changes), traffic[0], traffic[1]);
	}

	private static final String EDIT = "edit";

	private static final String EDIT_PLAIN = "edit without digests";

	/** Changes the first {@code changes} claims of the table by id in one statement; its seconds. */
	static double edit(Connection offline, String table, String basis, int changes) throws Exception {
		long started = System.nanoTime();
		// A range of the primary key: "ID IN (SELECT … FETCH FIRST n)" took H2 48 s for 10,000 rows.
		try (PreparedStatement update = Sql.prepare(offline, "UPDATE " + table + " SET AMOUNT = AMOUNT + 1, BASIS = ? "
				+ "WHERE ID <= (SELECT ID FROM " + table + " ORDER BY ID OFFSET " + (changes - 1) + " ROWS FETCH NEXT 1 ROW ONLY)",
				basis)) {
			expect(update.executeUpdate(), changes, "claims changed offline in " + table);
		}
		return (System.nanoTime() - started) / 1e9;
	}

	/** Writes the first {@code changes} claims of the procedures, as main has them now, changed, into a new AES file. */
	private static void writeChanges(Round round, Path file, String in, Object[] ids, String basis, int changes)
			throws Exception {
		try (Connection main = round.main();
				Connection target = DriverManager.getConnection("jdbc:h2:file:" + file + ";CIPHER=AES", "PAU",
						Product.KEY + " ")) {
			try (Statement create = target.createStatement()) {
				create.execute("CREATE TABLE CHANGES (ID UUID PRIMARY KEY, VERSION BIGINT NOT NULL, "
						+ "AMOUNT DECIMAL(19, 2) NOT NULL, BASIS VARCHAR(1000))");
			}
			int written = 0;
			try (PreparedStatement read = Sql.prepare(main, "SELECT ID, VERSION, AMOUNT FROM CLAIMS WHERE PROCEDURE_ID IN "
					+ in + " ORDER BY ID FETCH FIRST " + changes + " ROWS ONLY", ids);
					ResultSet rows = read.executeQuery();
					PreparedStatement insert = target.prepareStatement("INSERT INTO CHANGES VALUES (?, ?, ?, ?)")) {
				while (rows.next()) {
					insert.setObject(1, rows.getObject(1));
					insert.setLong(2, rows.getLong(2));
					insert.setBigDecimal(3, rows.getBigDecimal(3).add(BigDecimal.ONE));
					insert.setString(4, basis);
					insert.addBatch();
					written++;
				}
				insert.executeBatch();
			}
			expect(written, changes, "claims written for the floor");
		}
	}

	/** Checks that main now holds the changes (so neither side measured a no-op). */
	private static void expectInMain(Round round, String in, Object[] ids, String basis, int changes)
			throws Exception {
		Object[] parameters = new Object[ids.length + 1];
		System.arraycopy(ids, 0, parameters, 0, ids.length);
		parameters[ids.length] = basis;
		try (Connection main = round.main()) {
			expect(Sql.number(main, "SELECT COUNT(*) FROM CLAIMS WHERE PROCEDURE_ID IN " + in + " AND BASIS = ?",
					parameters), changes, "changed claims in main after the run");
		}
	}

	static void expect(long actual, long expected, String what) throws IOException {
		if (actual != expected) {
			throw new IOException(what + ": " + actual + ", expected " + expected);
		}
	}
}
