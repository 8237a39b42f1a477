package pau.bench;

import java.util.ArrayList;
import java.util.List;

/** Wall times of one side of a scenario, in seconds. */
final class Samples {

	private final List<Double> seconds = new ArrayList<>();

	void add(double value) {
		seconds.add(value);
	}

	int count() {
		return seconds.size();
	}

	double median() {
		List<Double> sorted = seconds.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	double min() {
		return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
	}

	double max() {
		return seconds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
	}
}
