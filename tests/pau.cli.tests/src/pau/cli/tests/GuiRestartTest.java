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
		waitForFocus("Switch to main mode");
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
		// Without one it comes in the first seconds; with one (the test command) there is none to wait for.
		if (poll(5_000, () -> ProductProcess.windowTitles(display).contains("\"Keys Kept in a File"))) {
			waitForFocus("Keys Kept in a File");
			key("Return");
		}
	}

	/** File › Exit with the pointer and the keyboard (the last item of the File menu); waits for the process to end. */
	private void quitWithFileExit() throws Exception {
		clickForMenu(19, 12);
		key("Up", "Return"); // a menu just opened: Up selects its last item
		assertTrue(gui.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "PAU Desk ended after File › Exit");
		gui = null;
	}

	/** A click on the arrow at the right end of the status widget (the top trim bar, right of the window). */
	private void clickStatusWidgetArrow() throws Exception {
		String geometry = xdotoolOutput("search", "--name", "Offline mode", "getwindowgeometry");
		int width = Integer.parseInt(geometry.replaceAll("(?s).*Geometry: (\\d+)x\\d+.*", "$1"));
		clickForMenu(width - 14, 39);
	}

	/** A click that opens a menu; returns once the menu's window is on the screen. */
	private void clickForMenu(int x, int y) throws Exception {
		java.util.Set<String> before = visibleWindows();
		xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y), "click", "1");
		// A window that was not there (a dialog closing at the same time does not hide it, as a count would).
		assertTrue(poll(WAIT_MILLIS, () -> !before.containsAll(visibleWindows())),
				"no menu opened by the click at " + x + "," + y + "\nlog:\n" + log());
	}

	/** The ids of the top-level windows on the screen (a menu, a tool tip and a dialog each add one). */
	private java.util.Set<String> visibleWindows() throws Exception {
		return java.util.Set.copyOf(xdotoolOutput("search", "--onlyvisible", "--maxdepth", "1", "--class", "").lines().toList());
	}

	/** Waits until the window with this title has the keyboard (a dialog takes it as it opens). */
	private void waitForFocus(String title) throws Exception {
		String[] focused = { "" };
		assertTrue(poll(WAIT_MILLIS, () -> (focused[0] = xdotoolOutput("getwindowfocus", "getwindowname").strip()).startsWith(title)),
				"the keyboard is not in \"" + title + "\" but in \"" + focused[0] + "\"\nlog:\n" + log());
	}

	/** Keys typed as a person types them, one after another (xdotool paces them). */
	private void key(String... keys) throws Exception {
		String[] command = new String[keys.length + 3];
		command[0] = "key";
		command[1] = "--delay";
		command[2] = "150";
		System.arraycopy(keys, 0, command, 3, keys.length);
		xdotool(command);
	}

	/** Waits for a window with this title and for the keyboard to be in it. */
	private void waitForWindow(String title) throws Exception {
		waitUntil("a window \"" + title + "\"", titles -> titles.contains("\"" + title));
		waitForFocus(title);
	}

	private void waitUntil(String what, Predicate<String> condition) throws Exception {
		String[] titles = { "" };
		boolean held = poll(WAIT_MILLIS, () -> condition.test(titles[0] = ProductProcess.windowTitles(display))
				|| gui != null && !gui.isAlive());
		if (!held || !condition.test(titles[0])) {
			throw new AssertionError("no " + what + "; windows:\n" + titles[0] + "\nlog:\n" + log());
		}
	}

	/**
	 * Waits until the condition holds (true) or the time is up (false), asking it every 100 ms: the
	 * X server offers no event for "a window appeared" or "the focus moved" that xdotool could wait on.
	 */
	private static boolean poll(long millis, java.util.concurrent.Callable<Boolean> condition) throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.call()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
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
