package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;

/**
 * The built desktop product on an X display, driven as a person drives it: started and quit on a workspace,
 * and used through real X input events (xdotool: the pointer and the keyboard), never by calls on widgets.
 * Waits are for conditions (a window, the keyboard focus), with limits generous enough for a loaded machine.
 */
final class Desk implements AutoCloseable {

	/**
	 * The screen, keyboard and mouse of the test run's display: the test classes that put a window on the screen or
	 * read its titles hold this lock, so that they never overlap should the classes run concurrently.
	 */
	static final String SCREEN = "pau.cli.tests.screen";

	/** Generous: the suite must pass while other work loads the machine; each wait ends as soon as it holds. */
	static final long WAIT_MILLIS = 120_000;

	private final String display;
	private final Path workspace;
	private final String language;
	private Process gui;

	Desk(String display, Path workspace, String language) {
		this.display = display;
		this.workspace = workspace;
		this.language = language;
	}

	/** The X display of the test run; the test is skipped without one or without xdotool. */
	static String display() {
		String display = System.getenv("DISPLAY");
		Assumptions.assumeTrue(display != null && !display.isBlank(), "needs a display (the test command runs under Xvfb)");
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/xdotool")), "needs xdotool (test-all.sh installs it)");
		return display;
	}

	/** Ends PAU Desk and the main server after a test; either is null when the test was skipped before it. */
	static void stop(Desk desk, Process server) throws InterruptedException {
		if (desk != null) {
			desk.close();
		}
		if (server != null) {
			ProductProcess.stop(server);
		}
	}

	/** Starts PAU Desk on the workspace and waits for a window whose title holds {@code title}. */
	void start(Map<String, String> environment, String title) throws Exception {
		gui = ProductProcess.gui(workspace, display, environment, language);
		waitUntil("the window \"" + title + "\"", titles -> titles.contains(title));
	}

	/** Ends the process as a crash or a power cut would. */
	void kill() throws InterruptedException {
		gui.destroyForcibly();
		gui.waitFor(30, TimeUnit.SECONDS);
		gui = null;
	}

	/** File › Exit with the pointer and the keyboard (the last item of the File menu); waits for the process to end. */
	void quitWithFileExit() throws Exception {
		clickForMenu(19, 12);
		key("Up", "Return"); // a menu just opened: Up selects its last item
		assertTrue(gui.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "PAU Desk ended after File › Exit");
		gui = null;
	}

	/** A click on the arrow at the right end of the status widget (the top trim bar, right of the window). */
	void clickStatusWidgetArrow(String windowTitle) throws Exception {
		String geometry = xdotool("search", "--name", windowTitle, "getwindowgeometry");
		int width = Integer.parseInt(geometry.replaceAll("(?s).*Geometry: (\\d+)x\\d+.*", "$1"));
		clickForMenu(width - 14, 39);
	}

	/**
	 * A click that opens a menu; returns once the menu's window is on the screen. As a person does, it
	 * clicks again when nothing opened within a few seconds (a click while the program was busy is lost).
	 */
	void clickForMenu(int x, int y) throws Exception {
		Set<String> before = visibleWindows();
		// A window that was not there (a dialog closing at the same time does not hide it, as a count would).
		assertTrue(poll(WAIT_MILLIS, () -> {
			xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y), "click", "1");
			return poll(5_000, () -> !before.containsAll(visibleWindows()));
		}), "no menu opened by the click at " + x + "," + y + "\nlog:\n" + log());
	}

	/** A click at a point of the screen (a row of a table, a button). */
	void click(int x, int y, int count) throws Exception {
		xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y), "click", "--repeat", Integer.toString(count),
				"--delay", "80", "1");
	}

	/** Moves the pointer off the windows, so that no tool tip covers a screenshot. */
	void moveAway() throws Exception {
		xdotool("mousemove", "--sync", "1270", "1010");
	}

	/** The ids of the top-level windows on the screen (a menu, a tool tip and a dialog each add one). */
	private Set<String> visibleWindows() throws Exception {
		return Set.copyOf(xdotool("search", "--onlyvisible", "--maxdepth", "1", "--class", "").lines().toList());
	}

	/** {@link #geometry(String)}, or null while no such window can be measured (not shown yet, or just replaced). */
	int[] geometryIfShown(String title) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("xdotool", "search", "--name", title, "getwindowgeometry")
				.redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		Process process = builder.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? geometryOf(text) : null;
	}

	/** The position and size {x, y, width, height} of the first window whose title holds {@code title}. */
	int[] geometry(String title) throws Exception {
		return geometryOf(xdotool("search", "--name", title, "getwindowgeometry"));
	}

	private static int[] geometryOf(String text) {
		return new int[] { Integer.parseInt(text.replaceAll("(?s).*Position: (\\d+),.*", "$1")),
				Integer.parseInt(text.replaceAll("(?s).*Position: \\d+,(\\d+).*", "$1")),
				Integer.parseInt(text.replaceAll("(?s).*Geometry: (\\d+)x.*", "$1")),
				Integer.parseInt(text.replaceAll("(?s).*Geometry: \\d+x(\\d+).*", "$1")) };
	}

	/** Waits until the window with this title has the keyboard (a dialog takes it as it opens). */
	void waitForFocus(String title) throws Exception {
		String[] focused = { "" };
		assertTrue(poll(WAIT_MILLIS, () -> (focused[0] = focusedWindowName().strip()).startsWith(title)),
				"the keyboard is not in \"" + title + "\" but in \"" + focused[0] + "\"\nlog:\n" + log());
	}

	/** Keys typed as a person types them, one after another (xdotool paces them). */
	void key(String... keys) throws Exception {
		String[] command = new String[keys.length + 3];
		command[0] = "key";
		command[1] = "--delay";
		command[2] = "150";
		System.arraycopy(keys, 0, command, 3, keys.length);
		xdotool(command);
	}

	/** Text typed as a person types it. */
	void type(String text) throws Exception {
		xdotool("type", "--delay", "60", text);
	}

	/** Waits for a window with this title and for the keyboard to be in it. */
	void waitForWindow(String title) throws Exception {
		waitUntil("a window \"" + title + "\"", titles -> titles.contains("\"" + title));
		waitForFocus(title);
	}

	/**
	 * Waits for a window with exactly this title (not one whose title only begins so, as a progress
	 * dialog's may) and for the keyboard to be in it.
	 */
	void waitForExactWindow(String title) throws Exception {
		waitUntil("a window \"" + title + "\"", titles -> titles.contains("\"" + title + " \"")); // xwininfo adds a space
		String[] focused = { "" };
		assertTrue(poll(WAIT_MILLIS, () -> (focused[0] = focusedWindowName().strip()).equals(title)),
				"the keyboard is not in \"" + title + "\" but in \"" + focused[0] + "\"\nlog:\n" + log());
	}

	/** Whether a window with this title appears within the time. */
	boolean appears(String title, long millis) throws Exception {
		return poll(millis, () -> ProductProcess.windowTitles(display).contains("\"" + title));
	}

	/** Waits until the window titles (xwininfo's tree) satisfy the condition. */
	void waitUntil(String what, Predicate<String> condition) throws Exception {
		String[] titles = { "" };
		boolean held = poll(WAIT_MILLIS, () -> condition.test(titles[0] = ProductProcess.windowTitles(display))
				|| gui != null && !gui.isAlive());
		if (!held || !condition.test(titles[0])) {
			throw new AssertionError("no " + what + "; windows:\n" + titles[0] + "\nlog:\n" + log());
		}
	}

	/** Waits until the screen shows what {@code condition} looks for (it is given a screenshot). */
	void waitForScreen(String what, Predicate<BufferedImage> condition) throws Exception {
		assertTrue(poll(WAIT_MILLIS, () -> condition.test(ImageIO.read(screenshot("desk-waiting").toFile()))),
				"the screen never showed " + what + "\nlog:\n" + log());
	}

	/** Whether a pixel of the rectangle satisfies {@code rgb} (0xRRGGBB). */
	static boolean any(BufferedImage image, int x, int y, int width, int height, IntPredicate rgb) {
		for (int i = x; i < x + width; i++) {
			for (int j = y; j < y + height; j++) {
				if (rgb.test(image.getRGB(i, j) & 0xFFFFFF)) {
					return true;
				}
			}
		}
		return false;
	}

	/** A colour, not a grey (an icon, the selection, the red cross). */
	static boolean colourful(int rgb) {
		int r = rgb >> 16 & 0xFF;
		int g = rgb >> 8 & 0xFF;
		int b = rgb & 0xFF;
		return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80;
	}

	/** Text's ink: nearly black. */
	static boolean dark(int rgb) {
		return (rgb >> 16 & 0xFF) < 90 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) < 90;
	}

	/** What the screen shows now, saved as target/screenshots/NAME.png. */
	Path screenshot(String name) throws Exception {
		return ProductProcess.screenshot(display, name);
	}

	/**
	 * Waits until the condition holds (true) or the time is up (false), asking it every 100 ms: the
	 * X server offers no event for "a window appeared" or "the focus moved" that xdotool could wait on.
	 */
	static boolean poll(long millis, Callable<Boolean> condition) throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.call()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

	/**
	 * The name of the window that has the keyboard, or "" when it closed between xdotool's two steps (X's
	 * BadWindow: a dialog closing as the focus moves, seen once on a loaded machine); the poll asks again.
	 */
	private String focusedWindowName() throws Exception {
		String[] output = { "" };
		int exit = run(output, "getwindowfocus", "getwindowname");
		if (exit != 0 && output[0].contains("BadWindow")) {
			return "";
		}
		assertEquals(0, exit, "xdotool getwindowfocus getwindowname: " + output[0]);
		return output[0];
	}

	private String xdotool(String... arguments) throws Exception {
		String[] output = { "" };
		int exit = run(output, arguments);
		assertEquals(0, exit, "xdotool " + String.join(" ", arguments) + ": " + output[0]);
		return output[0];
	}

	/** Runs xdotool on the display; its exit code (-1 when it did not end within 30 s), its output into {@code output[0]}. */
	private int run(String[] output, String... arguments) throws Exception {
		String[] command = new String[arguments.length + 1];
		command[0] = "xdotool";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display);
		Process process = builder.start();
		output[0] = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
	}

	/** What PAU Desk printed, and the end of the workspace's error log. */
	String log() throws Exception {
		Path log = workspace.resolve("gui.log");
		Path errors = workspace.resolve(".metadata/.log");
		String text = Files.exists(log) ? Files.readString(log) : "(none)";
		if (Files.exists(errors)) {
			String all = Files.readString(errors);
			text += "\n.metadata/.log:\n" + all.substring(Math.max(0, all.length() - 6000));
		}
		return text;
	}

	@Override
	public void close() throws InterruptedException {
		if (gui != null) {
			kill();
		}
	}
}
