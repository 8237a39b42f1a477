package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a lawyer's week is several sittings. The built product is quit with File › Exit, killed,
 * and started again on the same workspace, and driven by real X input events (xdotool: the pointer
 * and the keyboard, as a person uses them), not by calls on widgets.
 */
class GuiRestartTest {

	private static final String KEY = "restart-key";
	/** Generous: the suite must pass while other work loads the machine; each wait ends as soon as it holds. */
	private static final long WAIT_MILLIS = 120_000;
	/** The main window's title suffix while offline (xwininfo lists titles with a space after them). */
	private static final String OFFLINE_TITLE = "\u2014 Offline mode";

	@TempDir
	Path dir;

	private String display;
	private Process server;
	private String url;
	private Path workspace;
	private Process gui;

	@BeforeEach
	void goOffline() throws Exception {
		display = System.getenv("DISPLAY");
		Assumptions.assumeTrue(display != null && !display.isBlank(), "needs a display (the test command runs under Xvfb)");
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/xdotool")), "needs xdotool (test-all.sh installs it)");
		int port = ProductProcess.freePort();
		server = ProductProcess.server(port, dir.resolve("server"));
		url = "jdbc:h2:tcp://localhost:" + port + "/main";
		workspace = dir.resolve("workspace");
		assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2", "--seed", "19").exitCode());
		assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());
	}

	@AfterEach
	void stop() throws Exception {
		if (gui != null) {
			gui.destroyForcibly();
			gui.waitFor(30, TimeUnit.SECONDS);
		}
		ProductProcess.stop(server);
	}

	@Test
	void r2_r4_offlineKilledQuitAndStartedAgainTheDropDownOpensByAClickAndSwitchesToMain() throws Exception {
		start();
		gui.destroyForcibly(); // start after a kill
		gui.waitFor(30, TimeUnit.SECONDS);
		start();
		quitWithFileExit();
		start(); // the saved workbench state of the previous sitting

		clickStatusWidgetArrow();
		key("Down", "Down", "Return"); // the status line, then "Switch to main mode…"
		waitForWindow("Synchronization preview");
		key("Return");
		// Main mode once the title loses its suffix; then "You have successfully switched…" (not the progress
		// dialog of the same title, which came first).
		waitUntil("the title without \"Offline mode\" and the message",
				titles -> !titles.contains(OFFLINE_TITLE) && titles.contains("\"Switch to main mode"));
		Thread.sleep(1_000);
		key("Return");
		waitForWindow("Synchronization report");
		key("Escape");
		quitWithFileExit();

		assertTrue(cli("status", "--json").out().contains("\"mode\":\"main\""), "back in main mode");
	}

	@Test
	void b17_damagedCopyAtStartIsRecoveredFromTheDialogAndTheNextSyncMerges() throws Exception {
		Path copy;
		try (Stream<Path> copies = Files.list(workspace.resolve("offline"))) {
			copy = copies.findFirst().orElseThrow().resolve("offline.mv.db");
		}
		try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
			channel.truncate(Files.size(copy) - 64 * 1024); // the laptop lost the file's newest part
		}
		start();
		waitForWindow("Offline Database Damaged");
		key("Return"); // Restore Backup, the default
		waitForWindow("Offline Database Recovered");
		key("Return");
		quitWithFileExit();

		String status = cli("status", "--json").out();
		assertTrue(status.contains("\"mode\":\"offline\""), status);
		assertEquals(0, cli("sync").exitCode(), "the recovered copy is handed in");
	}

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return ProductProcess.cliIn(workspace, KEY, Map.of(), arguments);
	}

	/** Starts PAU Desk on the workspace and waits for its offline window (a key-store notice is dismissed). */
	private void start() throws Exception {
		gui = ProductProcess.gui(workspace, display, Map.of("PAU_OFFLINE_KEY", KEY));
		waitUntil("the window \"PAU Desk — Offline mode\"", titles -> titles.contains(OFFLINE_TITLE));
		// The start-up notices come just after the window: the key-store one (no Secret Service) is dismissed.
		for (int i = 0; i < 10; i++) {
			if (ProductProcess.windowTitles(display).contains("\"Keys Kept in a File")) {
				key("Return");
				break;
			}
			Thread.sleep(500);
		}
	}

	/** File › Exit with the pointer and the keyboard (the last item of the File menu); waits for the process to end. */
	private void quitWithFileExit() throws Exception {
		xdotool("mousemove", "--sync", "19", "12", "click", "1");
		Thread.sleep(1_000);
		key("Up", "Return"); // a menu just opened: Up selects its last item
		assertTrue(gui.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "PAU Desk ended after File › Exit");
		gui = null;
	}

	/** A click on the arrow at the right end of the status widget (the top trim bar, right of the window). */
	private void clickStatusWidgetArrow() throws Exception {
		String geometry = xdotoolOutput("search", "--name", "Offline mode", "getwindowgeometry");
		int width = Integer.parseInt(geometry.replaceAll("(?s).*Geometry: (\\d+)x\\d+.*", "$1"));
		xdotool("mousemove", "--sync", Integer.toString(width - 14), "39", "click", "1");
		Thread.sleep(1_000);
	}

	private void key(String... keys) throws Exception {
		for (String key : keys) {
			xdotool("key", key);
			Thread.sleep(300);
		}
	}

	private void waitForWindow(String title) throws Exception {
		waitUntil("a window \"" + title + "\"", titles -> titles.contains("\"" + title));
	}

	private void waitUntil(String what, Predicate<String> condition) throws Exception {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		String titles = "";
		while (System.currentTimeMillis() < deadline) {
			titles = ProductProcess.windowTitles(display);
			if (condition.test(titles)) {
				return;
			}
			if (gui != null && !gui.isAlive()) {
				break;
			}
			Thread.sleep(300);
		}
		throw new AssertionError("no " + what + "; windows:\n" + titles + "\nlog:\n" + log());
	}

	private void xdotool(String... arguments) throws Exception {
		xdotoolOutput(arguments);
	}

	private String xdotoolOutput(String... arguments) throws Exception {
		String[] command = new String[arguments.length + 1];
		command[0] = "xdotool";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "xdotool " + String.join(" ", arguments) + ": " + output);
		return output;
	}

	private String log() throws Exception {
		Path log = workspace.resolve("gui.log");
		return Files.exists(log) ? Files.readString(log) : "(none)";
	}
}
