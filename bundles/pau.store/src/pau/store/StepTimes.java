package pau.store;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Time this process spent in named steps of the store (reading an offline copy back whole, writing a
 * backup), for the benchmark's breakdown: {@code pau-cli} prints {@link #summary()} when run with
 * {@code -Dpau.cli.timing=true}. Adding is cheap; nothing is printed or kept otherwise.
 */
public final class StepTimes {

	/** Reading a copy back whole: every value, row digest, index and document (B17, B24). */
	public static final String READ_BACK = "read-back"; //$NON-NLS-1$

	/** Checking that a copy's file holds what PAU Desk wrote, which spares the read-back (issue 21 item 4). */
	public static final String AS_WRITTEN = "as-written check"; //$NON-NLS-1$

	/** Writing a backup of the copy. */
	public static final String BACKUP = "backup"; //$NON-NLS-1$

	/** Planning a merge: reading what changed offline and the rows of main it touches (issue 21 item 4). */
	public static final String PLAN = "plan"; //$NON-NLS-1$

	private static final Map<String, LongAdder> NANOS = new ConcurrentSkipListMap<>();

	private StepTimes() {
	}

	/** Adds the time since {@code startedNanos} ({@link System#nanoTime()}) to the step. */
	public static void since(String step, long startedNanos) {
		NANOS.computeIfAbsent(step, s -> new LongAdder()).add(System.nanoTime() - startedNanos);
	}

	/** The seconds this process spent in the step so far. */
	public static double seconds(String step) {
		LongAdder nanos = NANOS.get(step);
		return nanos == null ? 0 : nanos.sum() / 1e9;
	}

	/** "read-back 0.412 s; backup 0.120 s", or an empty string when no step ran. */
	public static String summary() {
		return NANOS.entrySet().stream()
				.map(e -> String.format(Locale.ROOT, "%s %.3f s", e.getKey(), e.getValue().sum() / 1e9)) //$NON-NLS-1$
				.collect(Collectors.joining("; ")); //$NON-NLS-1$
	}
}
