package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs whole processes, output to a log file, and times them from start to exit. */
final class Processes {

	private Processes() {
	}

	/**
	 * Runs {@code command} to its end and returns its wall time in seconds.
	 *
	 * @throws IOException if it cannot start or exits with anything but 0 (the message names the log)
	 */
	static double timed(List<String> command, Map<String, String> environment, Path log)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		Process process = builder.start();
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (exit != 0) {
			throw new IOException("exit " + exit + " from " + String.join(" ", command) + "\n  " + tail(log));
		}
		return seconds;
	}

	/** Runs {@code command} to its end and returns its output. */
	static String run(List<String> command, Map<String, String> environment, Path log)
			throws IOException, InterruptedException {
		timed(command, environment, log);
		return Files.readString(log);
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return "log " + log + ":\n  "
				+ String.join("\n  ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
	}
}
