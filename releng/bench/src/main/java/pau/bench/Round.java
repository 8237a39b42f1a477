package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scenarios' shared ground at one main size: the product, main on its server, a scratch folder, the report. */
final class Round {

	/** One side of a scenario once: prepares untimed, runs the measured process, cleans up; returns its seconds. */
	interface Step {
		double run(int index) throws Exception;
	}

	private static final Pattern IN_PROCESS = Pattern.compile("^in-process: ([0-9.]+) s$", Pattern.MULTILINE);

	private static final Pattern OFFLINE_URL = Pattern.compile("jdbc:h2:file:\\S*?CIPHER=AES");

	final Product product;
	final Options options;
	final Report report;
	final int size;
	final String mainUrl;
	/** The reference procedures alone (see {@link MainCache}): their ids and case numbers are read here. */
	final Path reference;
	final Path dir;
	private final Path logs;
	/** The relay in front of main (--latency, --rate), or null. */
	private final LinkRelay relay;

	Round(Product product, Options options, Report report, int size, String mainUrl, LinkRelay relay, Path reference,
			Path dir) throws IOException {
		this.product = product;
		this.options = options;
		this.report = report;
		this.size = size;
		this.mainUrl = mainUrl;
		this.relay = relay;
		this.reference = reference;
		this.dir = dir;
		this.logs = Files.createDirectories(dir.resolve("logs"));
	}

	/** What crossed the link to main: requests (each a round trip its client waits for) and bytes, both ways. */
	record Traffic(long requests, long bytes) {
		Traffic minus(Traffic before) {
			return new Traffic(requests - before.requests, bytes - before.bytes);
		}
	}

	/** The traffic through the relay so far, or null without a relay. */
	Traffic traffic() {
		return relay == null ? null : new Traffic(relay.requests(), relay.bytes());
	}

	/** Round trips that even a copy in one stream pays (log in, ask, commit): the link limit's handful. */
	static final int LIMIT_ROUND_TRIPS = 5;

	/**
	 * Notes what crossed the link in the last run of each side, and the link's physical limit (issue 21): the
	 * fewer bytes of the two sides at the link's rate plus {@link #LIMIT_ROUND_TRIPS} round trips (what must
	 * cross, as compactly as the protocol allows: a bare JDBC read of a PostgreSQL bytea comes as text, twice
	 * its bytes, where PAU Desk asks for binary).
	 */
	void noteLink(Result result, String scenario, Traffic pau, Traffic floor) {
		if (relay == null || pau == null || floor == null) {
			return;
		}
		result.figures().put(Result.LINK_LIMIT, relay.limitSeconds(Math.min(pau.bytes(), floor.bytes()), LIMIT_ROUND_TRIPS));
		report.note(String.format(Locale.ROOT, "%s at main %,d, %s: across the link in the last run, PAU Desk %,d requests "
				+ "and %.1f MB, the floor %,d requests and %.1f MB; the link's physical limit for the fewer bytes and %d "
				+ "round trips %.2f s", scenario, size, options.link(), pau.requests(), pau.bytes() / 1e6, floor.requests(),
				floor.bytes() / 1e6, LIMIT_ROUND_TRIPS,
				relay.limitSeconds(Math.min(pau.bytes(), floor.bytes()), LIMIT_ROUND_TRIPS)));
	}

	Connection main() throws SQLException {
		return Sql.main(mainUrl);
	}

	/** A run's name in log file names: warmup1, …, then run1, run2, …. */
	static String label(int index) {
		return index < 0 ? "warmup" + -index : "run" + (index + 1);
	}

	/** The log file of a run named {@code name}. */
	Path log(String name) {
		return logs.resolve(name + ".log");
	}

	/** A pau-cli command in {@code workspace}, timed. */
	double cli(String log, Path workspace, String... arguments) throws IOException, InterruptedException {
		return Processes.timed(product.cli(workspace, arguments), Product.environment(), log(log));
	}

	/** A pau-cli command in {@code workspace}; returns what it printed. */
	String cliOutput(String log, Path workspace, String... arguments) throws IOException, InterruptedException {
		return Processes.run(product.cli(workspace, arguments), Product.environment(), log(log));
	}

	/** A floor in its own JVM, timed. */
	double floor(String log, Class<?> main, String... arguments) throws IOException, InterruptedException {
		return Processes.timed(product.floor(main, arguments), Map.of(), log(log));
	}

	/** In-process seconds of the measured run of each side (PAU Desk's, the floor's), NaN when not reported. */
	private final double[] inProcess = { Double.NaN, Double.NaN };

	/**
	 * Records the in-process time (the work without the process's start) that the run logged as {@code log}
	 * reported, as this step's: side 0 PAU Desk, 1 the floor.
	 */
	void inProcess(int side, String log) throws IOException {
		Matcher matcher = IN_PROCESS.matcher(Files.readString(log(log)));
		inProcess[side] = matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
	}

	/** The steps pau-cli reported in the run logged as {@code log} ({@link Steps#parse}). */
	Map<String, Double> steps(String log) throws IOException {
		return Steps.parse(Files.readString(log(log)));
	}

	/** The offline database's URL as {@code pau-cli go-offline} printed it. */
	static String offlineUrl(String goOfflineOutput) throws IOException {
		Matcher matcher = OFFLINE_URL.matcher(goOfflineOutput);
		if (!matcher.find()) {
			throw new IOException("pau-cli go-offline printed no offline database URL:\n" + goOfflineOutput);
		}
		return matcher.group();
	}

	/** Runs PAU Desk and the floor interleaved (PAU, floor, PAU, floor, …), warm-up pairs first, unrecorded. */
	Result interleave(String name, String floorLabel, Step pau, Step floor) throws Exception {
		String scenario = (options.linked() ? name + ", " + options.link() : name) + options.mainKind();
		Samples pauTimes = new Samples();
		Samples floorTimes = new Samples();
		Samples pauInProcess = new Samples();
		Samples floorInProcess = new Samples();
		for (int i = -options.warmup(); i < options.runs(); i++) {
			inProcess[0] = Double.NaN;
			inProcess[1] = Double.NaN;
			double a = pau.run(i);
			double b = floor.run(i);
			if (i >= 0 && !Double.isNaN(inProcess[0]) && !Double.isNaN(inProcess[1])) {
				pauInProcess.add(inProcess[0]);
				floorInProcess.add(inProcess[1]);
			}
			Report.progress(String.format(Locale.ROOT, "  %s, main %,d, %s: PAU %.2f s, floor %.2f s", scenario, size,
					i < 0 ? "warm-up" : "run " + (i + 1) + "/" + options.runs(), a, b));
			if (i >= 0) {
				pauTimes.add(a);
				floorTimes.add(b);
			}
		}
		Result result = new Result(scenario, floorLabel, size, pauTimes, floorTimes);
		report.add(result);
		if (pauInProcess.count() > 0) {
			result.figures().put(Result.IN_PROCESS_RATIO, pauInProcess.median() / floorInProcess.median());
			report.note(String.format(Locale.ROOT, "%s at main %,d, in-process (without the JVM's and Equinox's start): "
					+ "PAU Desk %.2f s (%.2f–%.2f), the floor %.2f s (%.2f–%.2f): %.2f×", scenario, size, pauInProcess.median(),
					pauInProcess.min(), pauInProcess.max(), floorInProcess.median(), floorInProcess.min(), floorInProcess.max(),
					pauInProcess.median() / floorInProcess.median()));
		}
		return result;
	}

	static void deleteDatabase(Path file) throws IOException {
		for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
			Files.deleteIfExists(Path.of(file + suffix));
		}
	}
}
