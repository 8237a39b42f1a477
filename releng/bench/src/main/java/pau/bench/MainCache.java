package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Filled main databases, kept between runs: filling 20,000 procedures takes long, so each size is filled
 * once with {@code pau-cli demo-data} (seed 1) and every run works on a copy of it.
 */
final class MainCache {

	private static final long SEED = 1;

	private final Product product;
	private final Path folder;

	MainCache(Product product, Path folder) {
		this.product = product;
		this.folder = folder;
	}

	/** The filled main of {@code procedures} (filled now when missing), as an H2 file name without .mv.db. */
	Path filled(int procedures, int documentsMb, Path scratch) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		String name = "main-p" + procedures + "-d" + documentsMb + "-s" + SEED;
		Path database = folder.resolve(name);
		Path done = folder.resolve(name + ".done"); // written last: a fill cut short is never taken for a main
		if (Files.exists(done) && Files.exists(folder.resolve(name + ".mv.db"))) {
			return database;
		}
		Files.deleteIfExists(folder.resolve(name + ".mv.db"));
		Files.deleteIfExists(folder.resolve(name + ".trace.db"));
		Report.progress("filling a main of " + procedures + " procedures into " + folder + " (once; cached)");
		double seconds = Processes.timed(product.cli(scratch.resolve("ws-fill"), "demo-data", "--main", "jdbc:h2:file:" + database,
				"--procedures", Integer.toString(procedures), "--documents-mb", Integer.toString(documentsMb),
				"--seed", Long.toString(SEED)), Map.of(), scratch.resolve("fill-" + procedures + ".log"));
		Files.writeString(done, "filled in " + Math.round(seconds) + " s\n");
		Report.progress(String.format("filled in %.0f s", seconds));
		return database;
	}

	/** Copies a filled main into {@code serverDir} as the database {@code name}. */
	static void copy(Path filled, Path serverDir, String name) throws IOException {
		Files.createDirectories(serverDir);
		Files.copy(Path.of(filled + ".mv.db"), serverDir.resolve(name + ".mv.db"),
				StandardCopyOption.REPLACE_EXISTING);
	}
}
