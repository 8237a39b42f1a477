package pau.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of a run: the table (plain text and Markdown), what was measured on, and notes. */
final class Report {

	private final List<Result> results = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	static void progress(String line) {
		System.err.println("bench: " + line);
	}

	void add(Result result) {
		results.add(result);
		progress(String.format(Locale.ROOT, "%s, main %,d: PAU %.2f s, floor %.2f s, ratio %.2f×", result.scenario(),
				result.mainSize(), result.pau().median(), result.floorTimes().median(), result.ratio()));
	}

	/** A line under the table: what a scenario took, what was skipped and why. */
	void note(String line) {
		notes.add(line);
		progress(line);
	}

	List<Result> results() {
		return results;
	}

	String text() {
		StringBuilder out = new StringBuilder();
		String format = "%-40s %8s %7s %7s %7s %7s %7s %7s %7s%n";
		out.append(String.format(Locale.ROOT, format, "scenario", "main", "PAU med", "min", "max", "floor", "min",
				"max", "ratio"));
		for (Result r : results) {
			out.append(String.format(Locale.ROOT, format, r.scenario(), String.format(Locale.ROOT, "%,d", r.mainSize()),
					s(r.pau().median()), s(r.pau().min()), s(r.pau().max()), s(r.floorTimes().median()),
					s(r.floorTimes().min()), s(r.floorTimes().max()), String.format(Locale.ROOT, "%.2f×", r.ratio())));
		}
		out.append("(seconds, whole processes; floors: ");
		out.append(String.join("; ", results.stream().map(r -> r.scenario() + " → " + r.floor()).distinct().toList()));
		out.append(")\n");
		for (String note : notes) {
			out.append("- ").append(note).append('\n');
		}
		return out.toString();
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("| scenario | main (procedures) | PAU Desk median | min | max | floor | floor median | min | max | ratio of medians |\n");
		out.append("|---|--:|--:|--:|--:|---|--:|--:|--:|--:|\n");
		for (Result r : results) {
			out.append(String.format(Locale.ROOT, "| %s | %,d | %s s | %s | %s | %s | %s s | %s | %s | **%.2f×** |%n",
					r.scenario(), r.mainSize(), s(r.pau().median()), s(r.pau().min()), s(r.pau().max()), r.floor(),
					s(r.floorTimes().median()), s(r.floorTimes().min()), s(r.floorTimes().max()), r.ratio()));
		}
		out.append('\n');
		for (String note : notes) {
			out.append("- ").append(note).append('\n');
		}
		return out.toString();
	}

	private static String s(double seconds) {
		return String.format(Locale.ROOT, "%.2f", seconds);
	}
}
