package pau.sync.internal;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import pau.model.DataException;
import pau.sync.SyncException;
import pau.sync.SyncException.Reason;

/**
 * When a synchronization's transaction on main is rolled back and run again. The rows it writes are
 * locked first ({@link MainRowLocks}), so what is left is rare: a deadlock with a client that locks
 * rows in another order, a parent row a client deleted after it was read (foreign-key violation), a
 * serialization failure. Those are retried a bounded number of times, after a short random pause;
 * everything else fails at once.
 */
final class MergeRetry {

	/** Attempts of the whole transaction before giving up. */
	static final int ATTEMPTS = 5;

	private MergeRetry() {
	}

	/** Whether the failure came from others writing main at the same time, so another attempt may succeed. */
	static boolean isTransient(Throwable failure) {
		for (Throwable e : causes(failure)) {
			if (e instanceof MergeApplier.ConcurrentChange || isLockTimeout(e)) {
				return true;
			}
			if (e instanceof SQLException sql) {
				String state = sql.getSQLState();
				// 40001 serialization failure (PostgreSQL) or deadlock (H2); 40P01 deadlock (PostgreSQL);
				// 23503 (PostgreSQL) / 23506 (H2) a referenced row deleted meanwhile; 90131 H2 concurrent update.
				if ("40001".equals(state) || "40P01".equals(state) || "23503".equals(state) || "23506".equals(state)
						|| sql.getErrorCode() == 90131) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A row stayed locked by someone else for longer than {@link MainRowLocks#LOCK_TIMEOUT_SECONDS}:
	 * not worth waiting that long again.
	 */
	static boolean isLockTimeout(Throwable failure) {
		for (Throwable e : causes(failure)) {
			// 55P03 lock_not_available (PostgreSQL); 50200 lock timeout (H2).
			if (e instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200)) {
				return true;
			}
		}
		return false;
	}

	/** Whether to give up after this attempt failed with a transient failure. */
	static boolean exhausted(int attempt, Throwable failure) {
		return attempt >= ATTEMPTS || isLockTimeout(failure);
	}

	/** The failure reported when others kept main too busy; main is unchanged. */
	static SyncException gaveUp(int attempts, Throwable failure) {
		return new SyncException(Reason.BUSY,
				Messages.bind(Messages.Sync_busy, attempts, DataException.rootMessage(failure)), failure);
	}

	/** Waits a little, longer after each attempt and randomized, so two waiting parties do not collide again. */
	static void pause(int attempt) {
		long millis = 100L * attempt + ThreadLocalRandom.current().nextLong(100);
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The failure, its causes and the chained SQL exceptions of a batch. */
	private static Set<Throwable> causes(Throwable failure) {
		Set<Throwable> all = new HashSet<>();
		collect(failure, all);
		return all;
	}

	private static void collect(Throwable e, Set<Throwable> all) {
		while (e != null && all.add(e)) {
			if (e instanceof SQLException sql && sql.getNextException() != null) {
				collect(sql.getNextException(), all);
			}
			e = e.getCause();
		}
	}
}
