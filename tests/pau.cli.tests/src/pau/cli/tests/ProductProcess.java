package pau.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launchers of the built product (pau-cli, pau-server) as processes, without a display.
 */
final class ProductProcess {

	/** What a finished command printed, and how it ended. */
	record Result(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private ProductProcess() {
	}

	static Path productDir() {
		Path dir = Path.of(System.getProperty("pau.product.dir", "missing"));
		if (!Files.isExecutable(dir.resolve("pau-cli"))) {
			throw new AssertionError("the built product is expected in " + dir + " (run the reactor through releng)");
		}
		return dir;
	}

	/** Runs {@code pau-cli} with the arguments and waits for it (at most five minutes). */
	static Result cli(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(productDir().resolve("pau-cli").toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("DISPLAY");
		builder.environment().putAll(environment);
		Process process = builder.start();
		var out = drain(process.getInputStream());
		var err = drain(process.getErrorStream());
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("pau-cli " + String.join(" ", arguments) + " did not finish");
		}
		out.join();
		err.join();
		return new Result(process.exitValue(), out.text(), err.text());
	}

	/** A pau-cli command in {@code workspace} (its --workspace added after the arguments). */
	static Result cliIn(Path workspace, Map<String, String> environment, String... arguments) throws Exception {
		String[] withWorkspace = java.util.Arrays.copyOf(arguments, arguments.length + 2);
		withWorkspace[arguments.length] = "--workspace";
		withWorkspace[arguments.length + 1] = workspace.toString();
		return cli(environment, withWorkspace);
	}

	/** {@link #cliIn(Path, Map, String...)} with {@code key} in PAU_OFFLINE_KEY unless the environment gives one. */
	static Result cliIn(Path workspace, String key, Map<String, String> environment, String... arguments) throws Exception {
		Map<String, String> env = new java.util.HashMap<>(environment);
		env.putIfAbsent("PAU_OFFLINE_KEY", key);
		return cliIn(workspace, env, arguments);
	}

	static Result cli(String... arguments) throws Exception {
		return cli(Map.of(), arguments);
	}

	/** Starts {@code pau-cli} without waiting; its standard error can be read line by line. */
	static Process startCli(Map<String, String> environment, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(productDir().resolve("pau-cli").toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().remove("DISPLAY");
		builder.environment().putAll(environment);
		return builder.start();
	}

	/** Runs {@code pau-server} with the environment until it exits (when it refuses to start). */
	static Result serverRefusal(Map<String, String> environment, int port, Path baseDir) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(productDir().resolve("pau-server").toString(), String.valueOf(port),
				baseDir.toString()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().putAll(environment);
		Process process = builder.start();
		var out = drain(process.getInputStream());
		var err = drain(process.getErrorStream());
		if (!process.waitFor(1, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("pau-server did not exit");
		}
		out.join();
		err.join();
		return new Result(process.exitValue(), out.text(), err.text());
	}

	/** Starts {@code pau-server PORT DIR} and waits until it accepts connections. */
	static Process server(int port, Path baseDir) throws Exception {
		return server(port, baseDir, Map.of());
	}

	/** Starts {@code pau-server PORT DIR} with the environment and waits until it accepts connections. */
	static Process server(int port, Path baseDir, Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(productDir().resolve("pau-server").toString(), String.valueOf(port),
				baseDir.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().putAll(environment);
		Process process = builder.start();
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			try (Socket socket = new Socket("localhost", port)) {
				return process;
			} catch (IOException notYet) {
				if (!process.isAlive()) {
					throw new AssertionError("pau-server exited with " + process.exitValue());
				}
				process.waitFor(100, TimeUnit.MILLISECONDS); // also ends the wait if it exits
			}
		}
		process.destroyForcibly();
		throw new AssertionError("pau-server did not listen on " + port);
	}

	/** Starts the desktop application {@code pau -data WORKSPACE} on the display of the test run. */
	static Process gui(Path workspace, String display) throws IOException {
		return gui(workspace, display, Map.of());
	}

	/** Starts {@code pau -data WORKSPACE} on the display with these environment variables added. */
	static Process gui(Path workspace, String display, Map<String, String> environment) throws IOException {
		return gui(workspace, display, environment, "en");
	}

	/** Starts {@code pau -data WORKSPACE -nl LANGUAGE} on the display with these environment variables added. */
	static Process gui(Path workspace, String display, Map<String, String> environment, String language) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(productDir().resolve("pau").toString(), "-data", workspace.toString(),
				"-nl", language).redirectErrorStream(true).redirectOutput(workspace.resolve("gui.log").toFile());
		builder.environment().put("DISPLAY", display);
		builder.environment().putAll(environment);
		return builder.start();
	}

	/** Makes the desktop application of this workspace use this main database (user sa) from its start. */
	static void useMainDatabase(Path workspace, String url) throws IOException {
		Path settings = workspace.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/pau.store.prefs");
		Files.createDirectories(settings.getParent());
		Files.writeString(settings, "eclipse.preferences.version=1\nmain.url=" + url.replace(":", "\\:") + "\nmain.user=sa\n",
				StandardCharsets.ISO_8859_1);
	}

	/** The titles of the windows on the X display (xwininfo, from Debian's x11-utils). */
	static String windowTitles(String display) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		Process process = builder.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(10, TimeUnit.SECONDS);
		return text;
	}

	/**
	 * Saves what the X display shows to {@code target/screenshots/NAME.png} (ImageMagick's
	 * {@code import}, as the UI tests' pictures: the whole screen, no window manager).
	 */
	static Path screenshot(String display, String name) throws Exception {
		Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
		ProcessBuilder builder = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(file)) {
			throw new AssertionError("no screenshot (ImageMagick's import is needed): " + output);
		}
		return file;
	}

	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Reads a stream to its end on a thread of its own, so a full pipe never blocks the process. */
	private static Drain drain(InputStream in) {
		Drain drain = new Drain(in);
		drain.start();
		return drain;
	}

	private static final class Drain extends Thread {
		private final InputStream in;
		private volatile String text = "";

		Drain(InputStream in) {
			this.in = in;
			setDaemon(true);
		}

		@Override
		public void run() {
			try {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				text = e.toString();
			}
		}

		String text() {
			return text;
		}
	}
}
