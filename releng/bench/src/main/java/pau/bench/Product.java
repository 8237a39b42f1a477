package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The built product's launchers, and the Java and H2 the floors run with (the same as the product's). */
final class Product {

	/** The offline databases' key, given to pau-cli through PAU_OFFLINE_KEY so that the benchmark can open them. */
	static final String KEY = "pau-bench-key";

	private final Path home;
	private final Path h2;
	private final Path java;
	private static boolean layer;

	private Product(Path home, Path h2, Path java) {
		this.home = home;
		this.h2 = h2;
		this.java = java;
	}

	static Product at(Path home) throws IOException {
		if (!Files.isExecutable(home.resolve("pau-cli")) || !Files.isExecutable(home.resolve("pau-server"))) {
			throw new IOException("No built product in " + home
					+ ": build it first (./mvnw verify -DskipTests, or -pl features/pau.feature,releng/pau.product -am)");
		}
		Path h2;
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			h2 = plugins.filter(p -> p.getFileName().toString().startsWith("com.h2database_")).findFirst()
					.orElseThrow(() -> new IOException("The product in " + home + " has no H2 bundle"));
		}
		// pau-common.sh takes JAVA_HOME first; benchmark.sh exports the JDK it found, so both sides use one Java.
		String javaHome = System.getenv("JAVA_HOME");
		Path java = javaHome != null && Files.isExecutable(Path.of(javaHome, "bin", "java"))
				? Path.of(javaHome, "bin", "java")
				: Path.of(System.getProperty("java.home"), "bin", "java");
		return new Product(home, h2, java);
	}

	Path home() {
		return home;
	}

	/**
	 * Opens offline copies in this process as PAU Desk does: through its H2 file layer (the product's own
	 * {@code pau.store} bundle, {@code FilePathWritten}), which notes what is written so that PAU Desk knows
	 * the copy's file as written and its sync need not read it back whole (B17, issue 21 item 4).
	 *
	 * @return the URL of the copy through the layer
	 */
	String asPauDesk(String offlineUrl) throws IOException {
		synchronized (Product.class) {
			if (!layer) {
				Path store;
				try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
					store = plugins.filter(p -> p.getFileName().toString().startsWith("pau.store_")).findFirst()
							.orElseThrow(() -> new IOException("The product in " + home + " has no pau.store bundle"));
				}
				try {
					// Its H2 classes from this process's H2, the same version as the product's.
					ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] { store.toUri().toURL() },
							Product.class.getClassLoader());
					loader.loadClass("pau.store.internal.FilePathWritten").getMethod("register").invoke(null);
				} catch (ReflectiveOperationException e) {
					throw new IOException("Cannot use PAU Desk's file layer from " + store + ": " + e, e);
				}
				layer = true;
			}
		}
		return offlineUrl.replaceFirst("^jdbc:h2:file:", "jdbc:h2:pauwritten:");
	}

	/** The product's PostgreSQL driver bundle (the floors' driver for a PostgreSQL main). */
	Path postgres() {
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().startsWith("org.postgresql")).findFirst()
					.orElse(h2);
		} catch (IOException e) {
			return h2;
		}
	}

	/** The product's H2 bundle: the floors run on exactly the engine PAU Desk uses. */
	Path h2() {
		return h2;
	}

	Path java() {
		return java;
	}

	/** A pau-cli command line; {@code --workspace} is added when {@code workspace} is not null. */
	List<String> cli(Path workspace, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("pau-cli").toString());
		command.addAll(List.of(arguments));
		if (workspace != null) {
			command.add("--workspace");
			command.add(workspace.toString());
		}
		return command;
	}

	/**
	 * The environment every pau-cli run gets; Java options the benchmark itself was given in PAU_JAVA_OPTS
	 * (a JFR recording, say) come after its own.
	 */
	static Map<String, String> environment() {
		String given = System.getenv().getOrDefault("PAU_JAVA_OPTS", "");
		return Map.of("PAU_OFFLINE_KEY", KEY, "PAU_JAVA_OPTS", ("-Dpau.cli.timing=true " + given).trim());
	}

	/** The product's SWT for this platform: the window floor runs on the toolkit PAU Desk uses. */
	Path swt() throws IOException {
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.swt.gtk.linux.x86_64_"))
					.findFirst().orElseThrow(() -> new IOException("The product in " + home + " has no SWT for GTK"));
		}
	}

	/** The benchmark's own classes (its jar). */
	Path benchClassPath() {
		try {
			return Path.of(Product.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A floor's command line: its own JVM with the benchmark's classes and the product's H2 and PostgreSQL drivers. */
	List<String> floor(Class<?> main, String... arguments) {
		List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", benchClassPath() + ":" + h2 + ":"
				+ postgres(), main.getName()));
		command.addAll(List.of(arguments));
		return command;
	}
}
