package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import pau.bench.floor.OfflineCopyFloor;

/**
 * Going offline with the same 10 procedures ({@code pau-cli go-offline --case …}, whole process; discarded
 * untimed after each run) against the floor: a bare JDBC copy of the same rows and document bytes into a new
 * AES-encrypted H2 file, as its own process. The first pair is checked to have copied the same rows.
 */
final class GoOfflineScenario {

	static final String NAME = "go offline, 10 procedures";
	/** The procedures taken: their ids, and their case numbers, which name exactly them in main. */
	record Taken(List<UUID> ids, List<String> cases) {
	}

	private GoOfflineScenario() {
	}

	/**
	 * The reference procedures (the same in every main, see {@link MainCache}), read from their own database, and
	 * checked to be in main and to be all that their case numbers name there.
	 */
	static Taken choose(Round round) throws SQLException, IOException {
		List<UUID> ids = new ArrayList<>();
		Set<String> cases = new LinkedHashSet<>();
		try (Connection reference = DriverManager.getConnection(
				"jdbc:h2:file:" + round.reference + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "");
				Statement statement = reference.createStatement();
				ResultSet rows = statement.executeQuery("SELECT ID, CASE_NUMBER FROM PROCEDURES ORDER BY ID")) {
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
				cases.add(rows.getString(2));
			}
		}
		try (Connection main = round.main()) {
			long present = Sql.number(main, "SELECT COUNT(*) FROM PROCEDURES WHERE ID IN " + Sql.in(ids.size()),
					ids.toArray());
			long named = Sql.number(main, "SELECT COUNT(*) FROM PROCEDURES WHERE CASE_NUMBER IN " + Sql.in(cases.size()),
					cases.toArray());
			if (present != ids.size() || named != ids.size()) {
				throw new IOException("main " + round.size + " holds " + present + " of the " + ids.size()
						+ " reference procedures, and their case numbers name " + named + " procedures there");
			}
		}
		return new Taken(ids, List.copyOf(cases));
	}

	static void run(Round round) throws Exception {
		Taken taken;
		Map<String, Long> expected;
		long documentBytes;
		taken = choose(round);
		try (Connection main = round.main()) {
			expected = Sql.rowCounts(main, taken.ids());
			documentBytes = Sql.number(main, "SELECT COALESCE(SUM(SIZE_BYTES), 0) FROM DOCUMENTS WHERE PROCEDURE_ID IN "
					+ Sql.in(taken.ids().size()), taken.ids().toArray());
		}
		long rows = expected.values().stream().mapToLong(Long::longValue).sum();
		round.report.note(String.format(Locale.ROOT,
				"main %,d: the 10 reference procedures taken offline hold %,d rows (%,d claims, %,d creditors and %,d enterprises referenced, %,d documents of %.1f MB)",
				round.size, rows, expected.get("CLAIMS"), expected.get("CREDITORS"), expected.get("ENTERPRISES"),
				expected.get("DOCUMENTS"), documentBytes / 1048576.0));
		Path workspace = round.dir.resolve("ws-go-offline");
		Path copies = round.dir.resolve("floor-copies");
		int first = -round.options.warmup();
		String ids = String.join(",", taken.ids().stream().map(UUID::toString).toList());
		Round.Traffic[] traffic = new Round.Traffic[2]; // PAU Desk's and the floor's, of the last run
		Object[] refreshed = new Object[2]; // the refresh's traffic, and its line
		Round.Step pau = i -> {
			String run = "go-offline-" + Round.label(i);
			Round.Traffic before = round.traffic();
			double seconds = round.cli(run, workspace, "go-offline", "--main", round.mainUrl, "--case",
					String.join(",", taken.cases()));
			traffic[0] = before == null ? null : round.traffic().minus(before);
			if (before != null && i == first) {
				// Issue 20, B15: a refresh right after going offline finds nothing changed and moves no document.
				Round.Traffic refreshStart = round.traffic();
				String out = round.cliOutput("refresh-" + Round.label(i), workspace, "refresh");
				refreshed[0] = round.traffic().minus(refreshStart);
				refreshed[1] = out.lines().filter(line -> line.contains("bytes")).findFirst().orElse(out.strip());
			}
			round.inProcess(0, run);
			if (i == first) {
				String url = Round.offlineUrl(Files.readString(round.log(run)));
				try (Connection copy = Sql.encrypted(url + ";ACCESS_MODE_DATA=r")) {
					check(round, "pau-cli go-offline", Sql.rowCounts(copy), expected);
				}
			}
			round.cli("discard-" + Round.label(i), workspace, "discard", "--yes");
			return seconds;
		};
		Round.Step floor = i -> {
			Path target = copies.resolve("copy" + (i - first));
			Round.Traffic before = round.traffic();
			double seconds = round.floor("floor-go-offline-" + Round.label(i), OfflineCopyFloor.class, round.mainUrl,
					target.toString(), Product.KEY, ids);
			traffic[1] = before == null ? null : round.traffic().minus(before);
			round.inProcess(1, "floor-go-offline-" + Round.label(i));
			if (i == first) {
				try (Connection copy = Sql.encrypted("jdbc:h2:file:" + target + ";CIPHER=AES")) {
					check(round, "the floor", Sql.rowCounts(copy), expected);
				}
			}
			Round.deleteDatabase(target);
			return seconds;
		};
		Result result = round.interleave(NAME, "bare JDBC copy of the same rows into a new AES H2 file", pau, floor);
		round.noteLink(result, NAME, traffic[0], traffic[1]);
		if (refreshed[0] instanceof Round.Traffic refresh) {
			round.report.note(String.format(Locale.ROOT, "%s at main %,d, %s: a refresh right after going offline sent %,d "
					+ "requests and %.2f MB across the link (the procedures hold %.1f MB of documents); pau-cli said: %s", NAME,
					round.size, round.options.link(), refresh.requests(), refresh.bytes() / 1e6, documentBytes / 1e6,
					refreshed[1]));
		}
	}

	private static void check(Round round, String who, Map<String, Long> copied, Map<String, Long> expected) {
		if (!copied.equals(expected)) {
			round.report.note("MISMATCH at main " + round.size + ": " + who + " copied " + copied + ", expected "
					+ expected);
		}
	}
}
