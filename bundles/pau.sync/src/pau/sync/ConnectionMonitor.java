package pau.sync;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Watches in the background whether the main database can be reached (R5, B8).
 */
public interface ConnectionMonitor {

	/** EventAdmin topic posted when reachability changes. */
	String TOPIC = "pau/sync/CONNECTION";

	/** Reachability of the main database as last checked. */
	record Status(boolean reachable, String reason, Instant checkedAt) {
		public static final Status UNKNOWN = new Status(false, null, null);

		public boolean known() {
			return checkedAt != null;
		}
	}

	Status status();

	/** Checks now, on the calling thread (never the UI thread), and returns the result. */
	Status checkNow();

	/** Called on a background thread when the status changes. */
	void addListener(Consumer<Status> listener);

	void removeListener(Consumer<Status> listener);
}
