package pau.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import pau.bench.floor.OfflineCopyFloor;

/**
 * Going offline with the same 10 procedures ({@code pau-cli go-offline --case …}, whole process; discarded
 * untimed after each run) against the floor: a bare JDBC copy of the same rows and document bytes into a new
 * AES-encrypted H2 file, as its own process. The first pair is checked to have copied the same rows.
 */
final class GoOfflineScenario {

	static final String NAME = "go offline, 10 procedures";
	static final int PROCEDURES = 10;

	/** The procedures taken: their ids and their (unique) case numbers. */
	record Taken(List<UUID> ids, List<String> cases) {
	}

	private GoOfflineScenario() {
	}

	/** The first 10 procedures by id whose case number names no other procedure, so --case takes exactly them. */
	static Taken choose(Connection main) throws java.sql.SQLException {
		List<UUID> ids = new ArrayList<>();
		List<String> cases = new ArrayList<>();
		try (var statement = main.prepareStatement("SELECT ID, CASE_NUMBER FROM PROCEDURES WHERE CASE_NUMBER IN "
				+ "(SELECT CASE_NUMBER FROM PROCEDURES GROUP BY CASE_NUMBER HAVING COUNT(*) = 1) "
				+ "ORDER BY ID FETCH FIRST " + PROCEDURES + " ROWS ONLY");
				var rows = statement.executeQuery()) {
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
				cases.add(rows.getString(2));
			}
		}
		return new Taken(ids, cases);
	}

	static void run(Round round) throws Exception {
		Taken taken;
		Map<String, Long> expected;
		long documentBytes;
		try (Connection main = round.main()) {
			taken = choose(main);
			expected = Sql.rowCounts(main, taken.ids());
			documentBytes = Sql.number(main, "SELECT COALESCE(SUM(SIZE_BYTES), 0) FROM DOCUMENTS WHERE PROCEDURE_ID IN "
					+ Sql.in(taken.ids().size()), taken.ids().toArray());
		}
		long rows = expected.values().stream().mapToLong(Long::longValue).sum();
		round.report.note(String.format(Locale.ROOT,
				"main %,d: the 10 procedures taken offline hold %,d rows (%,d claims, %,d creditors and %,d enterprises referenced, %,d documents of %.1f MB)",
				round.size, rows, expected.get("CLAIMS"), expected.get("CREDITORS"), expected.get("ENTERPRISES"),
				expected.get("DOCUMENTS"), documentBytes / 1048576.0));
		Path workspace = round.dir.resolve("ws-go-offline");
		Path copies = round.dir.resolve("floor-copies");
		int first = -round.options.warmup();
		String ids = String.join(",", taken.ids().stream().map(UUID::toString).toList());
		Round.Step pau = i -> {
			String run = "go-offline-" + Round.label(i);
			double seconds = round.cli(run, workspace, "go-offline", "--main", round.mainUrl, "--case",
					String.join(",", taken.cases()));
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
			double seconds = round.floor("floor-go-offline-" + Round.label(i), OfflineCopyFloor.class, round.mainUrl,
					target.toString(), Product.KEY, ids);
			if (i == first) {
				try (Connection copy = Sql.encrypted("jdbc:h2:file:" + target + ";CIPHER=AES")) {
					check(round, "the floor", Sql.rowCounts(copy), expected);
				}
			}
			Round.deleteDatabase(target);
			return seconds;
		};
		round.interleave(NAME, "bare JDBC copy of the same rows into a new AES H2 file", pau, floor);
	}

	private static void check(Round round, String who, Map<String, Long> copied, Map<String, Long> expected) {
		if (!copied.equals(expected)) {
			round.report.note("MISMATCH at main " + round.size + ": " + who + " copied " + copied + ", expected "
					+ expected);
		}
	}
}
