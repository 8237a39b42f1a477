package pau.sync.internal;

/**
 * Points where tests make the engine fail, to prove that a failure anywhere leaves main unchanged or
 * fully merged, and the offline database intact (B3). Does nothing unless a test arms it.
 */
public final class FaultInjection {

	/** Named points of a synchronization, in order. */
	public enum Point {
		AFTER_PLANNING, AFTER_APPLYING, BEFORE_COMMIT, AFTER_COMMIT, DURING_CHECKOUT
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
}
