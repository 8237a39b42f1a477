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
		long[] requests = new long[2]; // PAU Desk's and the floor's, of the last run
		Round.Step pau = i -> {
			String out = round.cliOutput("sync-go-offline-" + changes + "-" + Round.label(i), workspace, "go-offline", "--main",
					round.mainUrl, "--procedure", idList);
			String basis = tag + "pau " + i;
			try (Connection offline = Sql.encrypted(Round.offlineUrl(out));
					PreparedStatement update = Sql.prepare(offline, "UPDATE CLAIMS SET AMOUNT = AMOUNT + 1, BASIS = ? "
							+ "WHERE ID IN (SELECT ID FROM CLAIMS ORDER BY ID FETCH FIRST " + changes + " ROWS ONLY)",
							basis)) {
				expect(update.executeUpdate(), changes, "claims changed offline");
			}
			long before = round.requests();
			double seconds = round.cli("sync-" + changes + "-" + Round.label(i), workspace, "sync");
			requests[0] = round.requests() - before;
			round.inProcess(0, "sync-" + changes + "-" + Round.label(i));
			expectInMain(round, in, ids, basis, changes);
			return seconds;
		};
		Round.Step floor = i -> {
			Path file = round.dir.resolve("changes-" + changes);
			String basis = tag + "floor " + i;
			Round.deleteDatabase(file);
			writeChanges(round, file, in, ids, basis, changes);
			long before = round.requests();
			double seconds = round.floor("floor-sync-" + changes + "-" + Round.label(i), SyncApplyFloor.class, file.toString(),
					Product.KEY, round.mainUrl);
			requests[1] = round.requests() - before;
			round.inProcess(1, "floor-sync-" + changes + "-" + Round.label(i));
			expectInMain(round, in, ids, basis, changes);
			Round.deleteDatabase(file);
			return seconds;
		};
		round.interleave(name(changes), "bare batched JDBC apply of the same updates to main", pau, floor);
		if (round.requests() >= 0) {
			round.report.note(String.format(Locale.ROOT, "%s at main %,d, main %d ms away: requests sent to main in the "
					+ "last run (round trips, counted by the relay): PAU Desk %,d, the floor %,d", name(changes), round.size,
					round.options.latencyMs(), requests[0], requests[1]));
		}
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

	private static void expect(long actual, long expected, String what) throws IOException {
		if (actual != expected) {
			throw new IOException(what + ": " + actual + ", expected " + expected);
		}
	}
}
