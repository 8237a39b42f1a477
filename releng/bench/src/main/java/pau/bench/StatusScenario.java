package pau.bench;

import java.nio.file.Path;

import pau.bench.floor.PingFloor;

/**
 * {@code pau-cli status} while offline with the 10 procedures of {@link GoOfflineScenario} (whole process)
 * against the floor: a JVM that connects to main and runs {@code SELECT 1}.
 */
final class StatusScenario {

	static final String NAME = "pau-cli status (offline, 10 procedures)";

	private StatusScenario() {
	}

	static void run(Round round) throws Exception {
		GoOfflineScenario.Taken taken = GoOfflineScenario.choose(round);
		Path workspace = round.dir.resolve("ws-status");
		round.cli("status-go-offline", workspace, "go-offline", "--main", round.mainUrl, "--case",
				String.join(",", taken.cases()));
		Round.Step pau = i -> round.cli("status-" + Round.label(i), workspace, "status");
		Round.Step floor = i -> round.floor("floor-status-" + Round.label(i), PingFloor.class, round.mainUrl);
		round.interleave(NAME, "a JVM that connects to main and runs SELECT 1", pau, floor);
		round.cli("status-discard", workspace, "discard", "--yes");
	}
}
