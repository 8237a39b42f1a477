package pau.sync.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Points where tests make the engine fail, to prove that a failure anywhere leaves main unchanged or
 * fully merged, and the offline database intact (B3). Does nothing unless a test arms it, or the
 * process is started with {@code -Dpau.faultInjection.pause=POINT[,POINT…]} and
 * {@code -Dpau.faultInjection.signal=FILE}: then the engine creates FILE at each such point and waits
 * until it is deleted, so that a script (releng/scripts/crash-campaign.sh) can kill this process or
 * the main server at exactly that moment.
 */
public final class FaultInjection {

	/** Named points of a synchronization, in order. */
	public enum Point {
		/**
		 * Issue 20: a synchronization is about to connect to main (after the local checks); tests hold
		 * several processes here and release them at the same moment.
		 */
		BEFORE_MERGE,
		AFTER_PLANNING, AFTER_APPLYING, BEFORE_COMMIT, AFTER_COMMIT, DURING_CHECKOUT,
		/** Discard: the return is noted in the workspace, the mode is still OFFLINE. */
		DISCARD_BEFORE_MODE,
		/** Discard: the mode is MAIN, main has not marked the checkout returned yet. */
		DISCARD_AFTER_MODE,
		/** Refresh (issue 20): the copy's changes are made, not committed. */
		REFRESH_BEFORE_COMMIT
	}

	private static volatile Point armed;
	private static volatile Runnable action;
	private static volatile boolean fail;

	static {
		// Tests of the built product arm a point in the pau-cli process: PAU_JAVA_OPTS=-Dpau.test.fault=AFTER_COMMIT.
		String point = System.getProperty("pau.test.fault");
		if (point != null && !point.isBlank()) {
			arm(Point.valueOf(point.strip()), null);
		}
	}

	private FaultInjection() {
	}

	/** Makes the engine fail at the point; the action (may be null) runs first, e.g. stopping a server. */
	public static void arm(Point point, Runnable beforeFailing) {
		action = beforeFailing;
		fail = true;
		armed = point;
	}

	/** Runs the action once at the point without failing: "someone else" acting in the middle. */
	public static void interleave(Point point, Runnable action) {
		FaultInjection.action = action;
		fail = false;
		armed = point;
	}

	public static void disarm() {
		armed = null;
		action = null;
	}

	static void check(Point point) {
		pauseIfAsked(point);
		if (armed == point) {
			Runnable run = action;
			boolean failing = fail;
			disarm();
			if (run != null) {
				run.run();
			}
			if (failing) {
				throw new IllegalStateException("Injected failure at " + point);
			}
		}
	}

	private static void pauseIfAsked(Point point) {
		String points = System.getProperty("pau.faultInjection.pause"); //$NON-NLS-1$
		String signal = System.getProperty("pau.faultInjection.signal"); //$NON-NLS-1$
		if (points == null || signal == null || !List.of(points.split(",")).contains(point.name())) { //$NON-NLS-1$
			return;
		}
		Path file = Path.of(signal);
		try {
			Files.writeString(file, point.name());
			while (Files.exists(file)) {
				Thread.sleep(20);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
