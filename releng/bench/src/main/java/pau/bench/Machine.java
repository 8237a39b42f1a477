package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** What the figures were measured on: they hold for this machine and its load only. */
final class Machine {

	private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	private final String loadAtStart = load();

	static String load() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
					.map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
		} catch (IOException e) {
			return "unknown CPU";
		}
	}

	/** One paragraph: when, on what, under which load. */
	String describe(Options options) {
		long minutes = ChronoUnit.MINUTES.between(started, Instant.now());
		return String.format(Locale.ROOT,
				"Measured %s (%d min) on %d cores of %s, %d GB RAM, %s %s, Java %s, H2 %s; load average (1/5/15 min) "
						+ "%s at the start, %s at the end (the cores are shared: other engineers' builds ran meanwhile). "
						+ "Each side of a scenario ran %d times interleaved with the other (PAU, floor, PAU, floor, …) "
						+ "after %d unmeasured pair(s); main on %s (loopback%s), filled by "
						+ "`pau-cli demo-data --procedures N --seed 1 --documents-mb %s, then the 10 reference "
						+ "procedures, the same in every main: `demo-data --procedures 10 --seed 2 --documents-mb %d`%s.",
				started, minutes, Runtime.getRuntime().availableProcessors(), cpu(), memoryGb(),
				System.getProperty("os.name"), System.getProperty("os.version"), Runtime.version(),
				org.h2.engine.Constants.VERSION, loadAtStart, load(), options.runs(), options.warmup(),
				options.goals() ? "pau-server (H2 TCP) and then a PostgreSQL server (test-postgres.sh)"
						: options.postgres() ? "a PostgreSQL server (test-postgres.sh)" : "pau-server (H2 TCP)",
				options.goals() ? "; at main 200 through a relay that delays every chunk 20 ms each way over a line of "
						+ "20 Mbit/s each way (--vpn), without an unmeasured pair, the reference procedures there holding 100 MB "
						+ "of documents"
						: latency(options),
				options.documentsKb() == 0 ? "0` (every document a 2–8 KiB text)"
						: "N×" + options.documentsKb() + "/1024` (" + options.documentsKb() + " KiB per procedure)",
				options.referenceDocumentsMb(), options.goals() ? " (100 at main 200)" : "");
	}

	private static String latency(Options options) {
		return !options.linked() ? "" : String.format(Locale.ROOT,
				"; clients reach it through a relay that delays every chunk %d ms each way, a %d ms round trip, %s",
				options.latencyMs(), 2 * options.latencyMs(), options.rateMbits() == 0 ? "at any rate"
						: "over a line of " + options.rateMbits() + " Mbit/s each way shared by all connections");
	}

	private static long memoryGb() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
					.map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1_000_000).findFirst().orElse(0L);
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}
}
