package pau.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seconds of named steps over the measured runs: what pau-cli reports with -Dpau.cli.timing, and the scenario's own. */
final class Steps {

	/** pau-cli's step names (pau.store.StepTimes). */
	static final String READ_BACK = "read-back";

	static final String AS_WRITTEN = "as-written check";

	static final String BACKUP = "backup";

	static final String PLAN = "plan";

	private static final Pattern LINE = Pattern.compile("^in-process steps: (.*)$", Pattern.MULTILINE);

	private static final Pattern STEP = Pattern.compile("([a-z -]+) ([0-9.]+) s");

	private final Map<String, Samples> samples = new TreeMap<>();

	void add(String step, double seconds) {
		samples.computeIfAbsent(step, s -> new Samples()).add(seconds);
	}

	void addAll(Map<String, Double> steps) {
		steps.forEach(this::add);
	}

	/** The step's median, 0 when it never ran (pau-cli reports only the steps that ran). */
	double median(String step) {
		Samples s = samples.get(step);
		return s == null ? 0 : s.median();
	}

	/** The steps a pau-cli run printed in its log text. */
	static Map<String, Double> parse(String log) {
		Map<String, Double> steps = new TreeMap<>();
		Matcher line = LINE.matcher(log);
		if (line.find()) {
			for (String part : line.group(1).split("; ")) {
				Matcher step = STEP.matcher(part.strip());
				if (step.matches()) {
					steps.put(step.group(1), Double.parseDouble(step.group(2)));
				}
			}
		}
		return steps;
	}
}
