package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * PAU Desk's benchmark (issue 10): fills main databases of several sizes (once, cached), serves each with
 * pau-server and runs the scenarios through the built product's launchers as whole processes, each interleaved
 * with its in-project floor; prints the table and, with --write-docs, writes docs/performance.md and
 * docs/performance.png. Run it through releng/scripts/benchmark.sh.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		Options options;
		try {
			options = Options.parse(args);
		} catch (Options.UsageException e) {
			if (e.getMessage() != null) {
				System.err.println("benchmark: " + e.getMessage());
			}
			System.err.print(Options.USAGE);
			System.exit(e.getMessage() == null ? 0 : 2);
			return;
		}
		Product product;
		try {
			product = Product.at(options.product());
		} catch (IOException e) {
			System.err.println("benchmark: " + e.getMessage());
			System.exit(1);
			return;
		}
		if (!product.h2().getFileName().toString().contains("_" + org.h2.engine.Constants.VERSION + ".")) {
			Report.progress("warning: the product's H2 is " + product.h2().getFileName() + ", the benchmark's "
					+ org.h2.engine.Constants.VERSION + " (releng/bench/pom.xml): keep them the same");
		}
		Path work = options.work() != null ? Files.createDirectories(options.work())
				: Files.createTempDirectory("pau-bench");
		Report.progress("scratch folder " + work);
		Machine machine = new Machine();
		Report report = new Report();
		MainCache cache = new MainCache(product, options.cache(), options.referenceDocumentsMb());
		// Interrupted (Ctrl-C, kill): no pau-server or pau-cli is left behind.
		Runtime.getRuntime().addShutdownHook(
				new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
		try (PostgresMains postgres = options.postgres() || options.goals()
				? PostgresMains.start(options.docs(), work.resolve("postgres.log")) : null) {
			if (options.goals()) {
				int part = 0;
				for (Options phase : Goals.phases(options)) {
					MainCache phaseCache = new MainCache(product, phase.cache(), phase.referenceDocumentsMb());
					for (int size : phase.sizes()) {
						measure(product, phase, report, phaseCache, phase.postgres() ? postgres : null, size,
								work.resolve("goals-" + ++part + "-main-" + size));
					}
				}
			} else {
				for (int size : options.sizes()) {
					measure(product, options, report, cache, postgres, size, work.resolve("main-" + size));
				}
			}
		} finally {
			if (!options.keepWork()) {
				delete(work);
			}
		}
		String description = machine.describe(options);
		System.out.println();
		System.out.print(report.text());
		System.out.println(description);
		if (options.goals()) {
			System.out.println();
			System.out.print(Goals.text(report.results()));
		}
		if (options.writeDocs() && options.goals()) {
			Path md = options.docs().resolve("performance.md");
			PerformanceDoc.write(md, description + "\n\n" + Goals.markdown(report.results()) + "\n"
					+ "![Issue 21's goals: each figure divided by its goal](performance-goals.png)\n\n"
					+ "All that was measured in the run:\n\n" + report.markdown());
			Goals.chart(options.docs().resolve("performance-goals.png"), report.results());
			Report.progress("wrote " + md + " and performance-goals.png");
		} else if (options.writeDocs()) {
			Path md = options.docs().resolve("performance.md");
			PerformanceDoc.write(md, description + "\n\n" + report.markdown() + "\n![Going offline vs main size](performance.png)\n");
			PerformanceChart.write(options.docs().resolve("performance.png"), report.results());
			Report.progress("wrote " + md + " and performance.png");
		}
	}

	private static void measure(Product product, Options options, Report report, MainCache cache,
			PostgresMains postgres, int size, Path dir) throws Exception {
		Files.createDirectories(dir);
		Path reference = cache.reference(dir);
		if (postgres != null) {
			String direct = postgres.main(product, size, options.documentsMb(size), options.referenceDocumentsMb(), dir);
			try (LinkRelay relay = options.linked() ? LinkRelay.start(postgres.port(), options.latencyMs(), options.rateMbits())
					: null; Connection colleague = Sql.main(direct)) {
				String mainUrl = relay == null ? direct : PostgresMains.url(relay.port(), "main_" + size);
				scenarios(new Round(product, options, report, size, mainUrl, relay, reference, dir), dir, options);
			}
			return;
		}
		Path filled = cache.main(size, options.documentsMb(size), dir);
		Path serverDir = dir.resolve("server");
		MainCache.copy(filled, serverDir, "main");
		try (MainServer server = MainServer.start(product, serverDir, dir.resolve("pau-server.log"));
				LinkRelay relay = options.linked() ? LinkRelay.start(server.port(), options.latencyMs(), options.rateMbits()) : null;
				// pau-server closes a database when its last client leaves and opens it again for the next
				// (~0.5 s at 20,000 procedures, on both sides): an office's main stays open while colleagues
				// work, so one idle session holds it open here too.
				Connection colleague = Sql.main(server.url("main"))) {
			String mainUrl = relay == null ? server.url("main") : "jdbc:h2:tcp://localhost:" + relay.port() + "/main";
			scenarios(new Round(product, options, report, size, mainUrl, relay, reference, dir), dir, options);
		}
		if (!options.keepWork()) {
			delete(serverDir);
		}
	}

	private static void scenarios(Round round, Path dir, Options options) throws Exception {
		// A main cached by an older release is brought to this one's schema first (exit 0 when current).
		round.cli("migrate", dir.resolve("ws-admin"), "migrate", "--main", round.mainUrl);
		if (options.scenarios().contains("go-offline")) {
			GoOfflineScenario.run(round);
		}
		if (options.scenarios().contains("status")) {
			StatusScenario.run(round);
		}
		if (options.scenarios().contains("start")) {
			StartScenario.run(round);
		}
		if (options.scenarios().contains("sync")) {
			for (int changes : options.syncChanges()) {
				SyncScenario.run(round, changes);
			}
		}
		if (options.scenarios().contains("sync-scale")) {
			SyncScaleScenario.run(round);
		}
		if (options.scenarios().contains("office")) {
			OfficeScenario.run(round);
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
