package pau.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark's command line.
 *
 * @param product the built product folder (holds pau-cli, pau-server, plugins/)
 * @param sizes main database sizes, in procedures
 * @param runs measured runs of each side of a scenario (interleaved: PAU, floor, PAU, floor, …)
 * @param warmup unmeasured PAU/floor pairs before the measured ones
 * @param documentsKb KiB of document content per procedure in main (0: every document a 2–8 KiB text)
 * @param referenceDocumentsMb MiB of documents of the 10 reference procedures (see {@link MainCache})
 * @param syncChanges the numbers of changed claims to synchronize
 * @param scenarios which scenarios run: go-offline, sync, sync-scale, status, start, office
 * @param latencyMs delay each way between the clients (PAU Desk, floors) and main, 0 for none
 * @param rateMbits the link's rate each way in Mbit/s, 0 for unlimited
 * @param postgres main on a PostgreSQL server ({@link PostgresMains}) instead of pau-server's H2
 * @param goals measure issue 21's goals in one run, on both mains ({@link Goals}); sizes, scenarios, links and
 *            documents are then the goals' own
 * @param cache where filled main databases are kept between runs (filled once)
 * @param work scratch folder, or {@code null} for a new temporary one
 * @param keepWork keep the scratch folder (logs, workspaces) at the end
 * @param docs the repository's docs folder, or {@code null}
 * @param writeDocs write performance.md and performance.png into {@code docs}
 */
record Options(Path product, List<Integer> sizes, int runs, int warmup, int documentsKb, int referenceDocumentsMb,
		List<Integer> syncChanges,
		Set<String> scenarios, Path cache, Path work, boolean keepWork, Path docs, boolean writeDocs,
		int latencyMs, int rateMbits, boolean postgres, boolean goals) {

	static final String USAGE = """
			Usage: benchmark.sh [SIZE...] [options]
			  SIZE, --sizes N,N,...     main database sizes in procedures (default 200 2000 20000)
			  --runs N                  measured runs of each side, interleaved with the floor (default 5)
			  --warmup N                unmeasured pairs first (default 1)
			  --sync-changes N,N        changed claims to synchronize (default 1000,10000)
			  --scenarios a,b           go-offline, sync, sync-scale, status, start, office (default all six)
			  --documents-kb K          KiB of documents per procedure in main (default 0: 2-8 KiB texts)
			  --reference-documents-mb M  MiB of documents of the 10 procedures taken offline (default 5)
			  --cache DIR               filled main databases, kept between runs (default ~/.cache/pau-bench)
			  --work DIR                scratch folder (default a new temporary one)
			  --keep-work               keep the scratch folder: logs, workspaces
			  --write-docs              write docs/performance.md (the table section) and docs/performance.png
			  --latency MS              main MS ms away each way (a relay before pau-server; default 0)
			  --rate MBIT               the link to main carries MBIT Mbit/s each way (the relay; default 0: unlimited)
			  --vpn                     a link like an office VPN: --latency 20 --rate 20
			  --postgres                main on a throw-away PostgreSQL server (releng/scripts/test-postgres.sh)
			  --goals                   issue 21's goals in one run, on an H2 and a PostgreSQL main: over the VPN link
			                            go offline (100 MB of documents) and sync 1,000 claims at main 200; go offline,
			                            status and sync-scale at 2,000; the GUI start at 20,000 (--runs applies);
			                            with --write-docs the goals' table and chart (docs/performance-goals.png)
			  --product DIR, --docs DIR set by benchmark.sh
			""";

	static Options parse(String[] args) {
		Path product = null;
		List<Integer> sizes = new ArrayList<>();
		int runs = 5;
		int warmup = 1;
		int documentsKb = 0;
		int referenceDocumentsMb = 5;
		List<Integer> syncChanges = List.of(1_000, 10_000);
		Set<String> scenarios = new LinkedHashSet<>(List.of("go-offline", "sync", "sync-scale", "status", "start", "office"));
		Path cache = Path.of(System.getProperty("user.home"), ".cache", "pau-bench");
		Path work = null;
		boolean keepWork = false;
		Path docs = null;
		boolean writeDocs = false;
		int latencyMs = 0;
		int rateMbits = 0;
		boolean postgres = false;
		boolean goals = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
			case "--product" -> product = Path.of(value(args, ++i, arg));
			case "--sizes" -> sizes.addAll(numbers(value(args, ++i, arg)));
			case "--runs" -> runs = number(value(args, ++i, arg));
			case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, arg));
			case "--documents-kb" -> documentsKb = Integer.parseInt(value(args, ++i, arg));
			case "--reference-documents-mb" -> referenceDocumentsMb = Integer.parseInt(value(args, ++i, arg));
			case "--sync-changes" -> syncChanges = numbers(value(args, ++i, arg));
			case "--scenarios" -> scenarios = new LinkedHashSet<>(List.of(value(args, ++i, arg).split(",")));
			case "--cache" -> cache = Path.of(value(args, ++i, arg));
			case "--work" -> work = Path.of(value(args, ++i, arg));
			case "--keep-work" -> keepWork = true;
			case "--docs" -> docs = Path.of(value(args, ++i, arg));
			case "--write-docs" -> writeDocs = true;
			case "--latency" -> latencyMs = number(value(args, ++i, arg));
			case "--rate" -> rateMbits = number(value(args, ++i, arg));
			case "--postgres" -> postgres = true;
			case "--goals" -> goals = true;
			case "--vpn" -> {
				latencyMs = 20;
				rateMbits = 20;
			}
			case "-h", "--help" -> throw new UsageException(null);
			default -> {
				if (!arg.matches("[0-9]+")) {
					throw new UsageException("unknown argument: " + arg);
				}
				sizes.add(number(arg));
			}
			}
		}
		if (product == null) {
			throw new UsageException("--product DIR is missing");
		}
		if (writeDocs && docs == null) {
			throw new UsageException("--write-docs needs --docs DIR");
		}
		if (!Set.of("go-offline", "sync", "sync-scale", "status", "start", "office").containsAll(scenarios)) {
			throw new UsageException("unknown scenario in " + scenarios);
		}
		if (sizes.isEmpty()) {
			sizes = List.of(200, 2_000, 20_000);
		}
		return new Options(product, List.copyOf(sizes), runs, warmup, documentsKb, referenceDocumentsMb, syncChanges,
				scenarios, cache,
				work, keepWork, docs, writeDocs, latencyMs, rateMbits, postgres, goals);
	}

	/**
	 * These options for one part of a --goals run: its main, link, documents and scenarios. Over the link there is
	 * no warm-up pair: its times are the link's, and the bare copy of 100 MB takes two minutes a run.
	 */
	Options phase(boolean onPostgres, int size, boolean vpn, int referenceMb, Set<String> phaseScenarios,
			List<Integer> changes) {
		return new Options(product, List.of(size), runs, vpn ? 0 : warmup, documentsKb, referenceMb, changes, phaseScenarios,
				cache, work, keepWork, docs, writeDocs, vpn ? 20 : 0, vpn ? 20 : 0, onPostgres, false);
	}

	/** Whether clients reach main through the relay (a delay or a rate is set). */
	boolean linked() {
		return latencyMs > 0 || rateMbits > 0;
	}

	/** The link in words for scenario names: "main 20 ms away, 20 Mbit/s", or "" without a relay. */
	String link() {
		if (!linked()) {
			return "";
		}
		String rate = rateMbits == 0 ? "" : String.format(Locale.ROOT, ", %d Mbit/s", rateMbits);
		return String.format(Locale.ROOT, "main %d ms away%s", latencyMs, rate);
	}

	/** Where main is, for scenario names: ", PostgreSQL main", or "" for H2's. */
	String mainKind() {
		return postgres ? ", PostgreSQL main" : "";
	}

	/** The --documents-mb given to pau-cli demo-data for a main of {@code size} procedures. */
	int documentsMb(int size) {
		return (int) ((long) size * documentsKb / 1024);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new UsageException(option + " needs a value");
		}
		return args[index];
	}

	private static int number(String text) {
		try {
			int value = Integer.parseInt(text);
			if (value < 1) {
				throw new UsageException("not a positive number: " + text);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new UsageException("not a number: " + text);
		}
	}

	private static List<Integer> numbers(String text) {
		List<Integer> result = new ArrayList<>();
		for (String part : text.split(",")) {
			result.add(number(part.trim()));
		}
		return result;
	}

	/** A bad command line; the message (if any) and the usage are printed, exit 2. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}
}
