package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import pau.bench.floor.WindowFloor;

/**
 * Starting PAU Desk in main mode to a usable window: from the start of {@code pau} (whole process, the same
 * workspace every time, as a user starts it each morning) to the procedures view having painted main's
 * procedures (the product writes the marker file named by {@code -Dpau.listedMarker}), against the floor: a
 * bare JVM with SWT that lists the same procedures in one window ({@link WindowFloor}). Needs a display
 * (benchmark.sh runs under xvfb-run when there is none). Once listed, each measured run also filters and
 * scrolls the list with real key presses ({@link UiExercise}), and the longest pauses of the UI thread are
 * noted (issue 21 item 6: none over 100 ms).
 */
final class StartScenario {

	static final String NAME = "GUI start to the procedures listed";
	private static final long TIMEOUT_SECONDS = 180;

	private StartScenario() {
	}

	static void run(Round round) throws Exception {
		if (System.getenv("DISPLAY") == null) {
			round.report.note("GUI start not measured: no display (run releng/scripts/benchmark.sh, which starts Xvfb)");
			return;
		}
		Path workspace = round.dir.resolve("ws-start");
		Path settings = Files.createDirectories(
				workspace.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings"));
		Files.writeString(settings.resolve("pau.store.prefs"),
				"eclipse.preferences.version=1\nmain.url=" + round.mainUrl.replace(":", "\\:") + "\nmain.user=sa\n");
		Path marker = round.dir.resolve("listed.marker");
		Path pauses = round.dir.resolve("ui-pauses.txt");
		Path wizardListed = round.dir.resolve("wizard-listed.marker");
		UiExercise exercise = new UiExercise();
		Round.Step pau = i -> {
			List<String> command = List.of(round.product.home().resolve("pau").toString(), "-data",
					workspace.toString(), "-nl", "en");
			Files.deleteIfExists(pauses);
			return untilMarker(command, Map.of("PAU_JAVA_OPTS", ("-Dpau.listedMarker=" + marker + " -Dpau.uiPauses=" + pauses
							+ " -Dpau.wizardListedMarker=" + wizardListed
							+ " " + System.getenv().getOrDefault("PAU_JAVA_OPTS", "")).trim()), // the caller's (JFR) too
					marker, round.log("start-" + Round.label(i)), () -> {
						if (i >= 0) {
							exercise.run(marker, wizardListed, pauses);
						}
					});
		};
		Round.Step floor = i -> {
			List<String> command = new ArrayList<>(List.of(round.product.java().toString(), "-cp",
					round.product.benchClassPath() + ":" + round.product.h2() + ":" + round.product.swt(),
					WindowFloor.class.getName(), round.mainUrl, marker.toString()));
			return untilMarker(command, Map.of(), marker, round.log("floor-start-" + Round.label(i)), () -> {
			});
		};
		Result result = round.interleave(NAME, "a JVM with SWT listing main's procedures in one window", pau, floor);
		exercise.medians(result.figures());
		round.report.note(exercise.summary(round.size));
	}

	/** What runs once the window listed the procedures, before the process is ended (untimed). */
	private interface Listed {
		void run() throws Exception;
	}

	/** Starts {@code command}, returns the seconds until {@code marker} exists, then ends the process tree. */
	private static double untilMarker(List<String> command, Map<String, String> environment, Path marker, Path log,
			Listed listed) throws Exception {
		Files.deleteIfExists(marker);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			while (!Files.exists(marker)) {
				if (!process.isAlive() && !Files.exists(marker)) {
					throw new IOException("exit " + process.exitValue() + " before the window was ready: "
							+ String.join(" ", command) + " (log " + log + ")");
				}
				if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS)) {
					throw new IOException("no window ready after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command)
							+ " (log " + log + ")");
				}
				Thread.sleep(5);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			listed.run();
			return seconds;
		} finally {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
			}
		}
	}
}
