package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 21 item 6: once PAU Desk listed the procedures, a person filters and scrolls the list, with real X
 * input ({@code xdotool}: clicks, key presses, the mouse wheel, at a person's pace): a click into the filter
 * box and "12" typed, then deleted; a click into the list, 20 turns of the wheel, 10 × Page Down, End, Home;
 * then the same in the go-offline wizard, opened by Ctrl+Alt+O, whose list is timed from the key.
 * PAU Desk, started with {@code -Dpau.uiPauses=FILE}, notes every pause of its UI thread (see
 * {@code pau.app.internal.common.UiPauses}); the longest pause of each phase is the figure (goal: none over
 * 100 ms). Where the filter box and the list are, PAU Desk wrote into its listed markers.
 */
final class UiExercise {

	/** Per figure ("the view, filtering", …): its value in each measured run, ms. */
	private final Map<String, Samples> figures = new LinkedHashMap<>();
	private String skipped;

	/**
	 * Filters and scrolls the procedures view (its marker {@code listed}), then opens the go-offline wizard
	 * (Ctrl+Alt+O), waits for its list ({@code wizardListed}), filters and scrolls it and closes it (Esc).
	 */
	void run(Path listed, Path wizardListed, Path pauses) throws Exception {
		try {
			xdotool("version");
		} catch (IOException e) {
			skipped = "no xdotool (apt-get install xdotool)";
			return;
		}
		Thread.sleep(1000); // the first paints settle, the pause watch runs
		if (!exercise("the procedures view", listed, pauses)) {
			return;
		}
		Files.deleteIfExists(wizardListed);
		long opened = System.nanoTime();
		xdotool("key", "ctrl+alt+o");
		while (!Files.exists(wizardListed)) {
			if (System.nanoTime() - opened > TimeUnit.SECONDS.toNanos(120)) {
				throw new IOException("the go-offline wizard listed no procedures within 120 s (Ctrl+Alt+O)");
			}
			Thread.sleep(5);
		}
		add("the go-offline wizard, from Ctrl+Alt+O to its list shown", (System.nanoTime() - opened) / 1e6);
		Thread.sleep(1000);
		exercise("the go-offline wizard", wizardListed, pauses);
		xdotool("key", "Escape");
	}

	/** Filters and scrolls the list the marker locates; false when it locates none. */
	private boolean exercise(String what, Path marker, Path pauses) throws Exception {
		int[] list = bounds(marker, "list");
		int[] filter = bounds(marker, "filter");
		if (list == null || filter == null) {
			skipped = "the marker " + marker + " names no list or filter box";
			return false;
		}
		long filterStart = System.currentTimeMillis();
		xdotool("mousemove", centre(filter, 0), centre(filter, 1), "click", "1");
		xdotool("type", "--delay", "200", "12");
		Thread.sleep(500);
		xdotool("key", "--delay", "200", "BackSpace", "BackSpace");
		Thread.sleep(1000);
		long filterEnd = System.currentTimeMillis();
		xdotool("mousemove", centre(list, 0), centre(list, 1), "click", "1");
		xdotool("click", "--repeat", "20", "--delay", "60", "5");
		List<String> keys = new ArrayList<>(List.of("key", "--delay", "120"));
		for (int i = 0; i < 10; i++) {
			keys.add("Page_Down");
		}
		keys.addAll(List.of("End", "Home"));
		xdotool(keys.toArray(String[]::new));
		Thread.sleep(1000);
		long scrollEnd = System.currentTimeMillis();
		add(what + ", the longest pause filtering", longest(pauses, filterStart, filterEnd));
		add(what + ", the longest pause scrolling", longest(pauses, filterEnd, scrollEnd));
		return true;
	}

	private void add(String figure, double millis) {
		figures.computeIfAbsent(figure, f -> new Samples()).add(millis);
	}

	/** The median of each figure, in milliseconds, by its name ("the procedures view, the longest pause filtering"). */
	void medians(Map<String, Double> into) {
		figures.forEach((figure, samples) -> into.put(figure, samples.median()));
	}

	/** The note for the report. */
	String summary(int size) {
		if (figures.isEmpty()) {
			return String.format(Locale.ROOT, "GUI at main %,d: filtering and scrolling not measured%s", size,
					skipped == null ? "" : ": " + skipped);
		}
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "GUI at main %,d, a person filtering (a click "
				+ "into the filter box, \"12\" typed and deleted) and scrolling (a click into the list, 20 turns of the "
				+ "mouse wheel, 10 × Page Down, End, Home) by real X input; pauses of the UI thread (goal: none over "
				+ "100 ms), medians of the runs (longest):", size));
		figures.forEach((figure, samples) -> text.append(String.format(Locale.ROOT, " %s %.0f ms (%.0f);", figure,
				samples.median(), samples.max())));
		return text.substring(0, text.length() - 1);
	}

	/** The longest pause that began in [from, to] (epoch millis), 0 when none was noted. */
	private static double longest(Path pauses, long from, long to) throws IOException {
		double longest = 0;
		if (!Files.exists(pauses)) {
			throw new IOException("PAU Desk noted no UI pauses in " + pauses + " (started with -Dpau.uiPauses?)");
		}
		for (String line : Files.readAllLines(pauses)) {
			String[] parts = line.trim().split(" ");
			if (parts.length == 2 && !parts[0].equals("started")) {
				long at = Long.parseLong(parts[0]);
				if (at >= from && at <= to) {
					longest = Math.max(longest, Double.parseDouble(parts[1]));
				}
			}
		}
		return longest;
	}

	private static int[] bounds(Path marker, String name) throws IOException {
		for (String line : Files.readAllLines(marker)) {
			String[] parts = line.trim().split(" ");
			if (parts.length == 5 && parts[0].equals(name)) {
				return new int[] { Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
						Integer.parseInt(parts[4]) };
			}
		}
		return null;
	}

	/** The middle of the bounds along x (0) or y (1), as text. */
	private static String centre(int[] bounds, int axis) {
		return Integer.toString(bounds[axis] + bounds[axis + 2] / 2);
	}

	private static void xdotool(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("xdotool"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output.strip());
		}
	}
}
