package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Filled main databases, kept between runs: filling 20,000 procedures takes minutes, so each size is filled
 * once and every run works on a copy.
 * <p>
 * A main of N procedures is {@code pau-cli demo-data --procedures N --seed 1} plus the <em>reference
 * procedures</em>: {@code demo-data --procedures 10 --seed 2} into the same database. The demo generator's
 * output for seed 1 depends on N (its creditor pool grows with it), seed 2's 10 procedures do not: the same ids,
 * rows and document bytes in every main, so "the same 10 procedures from a larger main" means exactly that.
 */
final class MainCache {

	static final int REFERENCE_PROCEDURES = 10;
	private static final long SEED = 1;
	private static final long REFERENCE_SEED = 2;

	private final Product product;
	private final Path folder;
	private final int referenceDocumentsMb;

	MainCache(Product product, Path folder, int referenceDocumentsMb) {
		this.product = product;
		this.folder = folder;
		this.referenceDocumentsMb = referenceDocumentsMb;
	}

	/** The reference procedures alone, as an H2 file name without .mv.db: where the benchmark reads their ids. */
	Path reference(Path scratch) throws IOException, InterruptedException {
		String name = "reference-p" + REFERENCE_PROCEDURES + "-d" + referenceDocumentsMb + "-s" + REFERENCE_SEED;
		return cached(name, scratch, database -> fill(database, REFERENCE_PROCEDURES, referenceDocumentsMb,
				REFERENCE_SEED, scratch));
	}

	/** The main of {@code procedures} plus the reference procedures (filled now when missing). */
	Path main(int procedures, int documentsMb, Path scratch) throws IOException, InterruptedException {
		String name = "main-p" + procedures + "-d" + documentsMb + "-s" + SEED + "-ref-p" + REFERENCE_PROCEDURES
				+ "-d" + referenceDocumentsMb + "-s" + REFERENCE_SEED;
		return cached(name, scratch, database -> {
			fill(database, procedures, documentsMb, SEED, scratch);
			fill(database, REFERENCE_PROCEDURES, referenceDocumentsMb, REFERENCE_SEED, scratch);
		});
	}

	private interface Filler {
		void fill(Path database) throws IOException, InterruptedException;
	}

	private Path cached(String name, Path scratch, Filler filler) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path database = folder.resolve(name);
		Path done = folder.resolve(name + ".done"); // written last: a fill cut short is never taken for a main
		if (Files.exists(done) && Files.exists(folder.resolve(name + ".mv.db"))) {
			return database;
		}
		Round.deleteDatabase(database);
		Report.progress("filling " + name + " in " + folder + " (once; cached)");
		long started = System.nanoTime();
		filler.fill(database);
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		Files.writeString(done, "filled in " + seconds + " s\n");
		Report.progress("filled in " + seconds + " s");
		return database;
	}

	private void fill(Path database, int procedures, int documentsMb, long seed, Path scratch)
			throws IOException, InterruptedException {
		Processes.timed(product.cli(scratch.resolve("ws-fill"), "demo-data", "--main", "jdbc:h2:file:" + database,
				"--procedures", Integer.toString(procedures), "--documents-mb", Integer.toString(documentsMb),
				"--seed", Long.toString(seed)), Map.of(), scratch.resolve("fill-" + procedures + "-s" + seed + ".log"));
	}

	/** Copies a filled main into {@code serverDir} as the database {@code name}. */
	static void copy(Path filled, Path serverDir, String name) throws IOException {
		Files.createDirectories(serverDir);
		Files.copy(Path.of(filled + ".mv.db"), serverDir.resolve(name + ".mv.db"),
				StandardCopyOption.REPLACE_EXISTING);
	}
}
