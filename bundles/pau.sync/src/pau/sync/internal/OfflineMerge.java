package pau.sync.internal;

import static pau.sync.internal.MainDurability.makeDurable;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import pau.model.DataException;
import pau.store.DatabaseFault;
import pau.store.OfflineDamagedException;
import pau.store.StepTimes;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.sync.OfflineState;
import pau.sync.SyncException;
import pau.sync.SyncException.Reason;
import pau.sync.SyncReport;

/**
 * One synchronization's work on main (B3): the copy checked whole, the merge planned and applied in
 * one transaction on main, retried when a colleague's transaction got in the way, and the commit
 * confirmed. What the workspace does afterwards is {@link OfflineServiceComponent}'s.
 */
final class OfflineMerge {

	private final StoreFactory factory;
	private final SubMonitor progress;
	private final OfflineState current;
	private final Store main;
	private final Store offline;
	private boolean stayOffline;
	/** The copy's check already under way on another thread ({@link #checkingMeanwhile}), or null. */
	private CompletableFuture<Void> checking;

	OfflineMerge(StoreFactory factory, SubMonitor progress, OfflineState current, Store main, Store offline) {
		this.factory = factory;
		this.progress = progress;
		this.current = current;
		this.main = main;
		this.offline = offline;
	}

	/** The report will say that the lawyer stays offline (issue 20); the merge is the same. */
	OfflineMerge stayingOffline() {
		stayOffline = true;
		return this;
	}

	/**
	 * Starts the copy's check before the merge (B17: read back whole, then backed up) on a thread of its
	 * own, so that it runs while main is opened and the merge planned and applied: over a VPN those are
	 * two dozen round trips in which the laptop's processor waits. {@link #checkingMeanwhile} hands it to
	 * the merge, which waits for it before main commits; whoever starts it waits for it on every path
	 * ({@link #await}).
	 */
	static CompletableFuture<Void> startCheck(StoreFactory factory, Store offline) {
		return CompletableFuture.runAsync(() -> checkWhole(factory, offline, false), task -> {
			Thread thread = new Thread(task, "PAU offline copy check"); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** The copy's check, started by {@link #startCheck}, replaces the merge's own. */
	OfflineMerge checkingMeanwhile(CompletableFuture<Void> check) {
		checking = check;
		return this;
	}

	/** Waits for a check started by {@link #startCheck}; its failure is thrown as it was. */
	static void await(CompletableFuture<Void> check) {
		try {
			check.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	/**
	 * Merges, or with preview plans only (rolled back). Returns once main committed and its commit is
	 * durable; the local finish is the caller's. A check started meanwhile runs on while the merge is
	 * planned and applied, and must have found the copy whole before main commits (B17: a damaged copy is
	 * never merged; main's transaction is rolled back); it never outlives the merge, and its failure is
	 * the one said (the merge may have met the same damage in other words).
	 */
	SyncReport run(boolean preview) {
		try {
			return merge(preview);
		} catch (RuntimeException | Error e) {
			if (checking != null) {
				try {
					await(checking);
				} catch (RuntimeException | Error failure) {
					if (failure != e) {
						failure.addSuppressed(e);
					}
					throw failure;
				}
			}
			throw e;
		}
	}

	/** B17: the check started meanwhile found the copy whole and backed it up; main may keep the merge. */
	private void checked() {
		if (checking != null) {
			await(checking);
		}
	}

	private SyncReport merge(boolean preview) {
		checkSameDatabase();
		if (checking == null) {
			checkWhole(factory, offline, preview);
		}
		FaultInjection.check(FaultInjection.Point.BEFORE_MERGE);
		SyncReport report = null;
		RuntimeException unconfirmed = null;
		for (int attempt = 1; report == null; attempt++) {
			try (Connection o = offline.dataSource().getConnection(); Connection m = main.dataSource().getConnection()) {
				// Still one transaction (B3); read committed plus locks on the rows to be written
				// (MergePlanner) instead of a snapshot that fails whenever a colleague writes them.
				MainSession.begin(m, main.dialect(),
						preview ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_READ_COMMITTED, true);
				o.setAutoCommit(false);
				try {
					SyncReport done = SyncReports.load(m, current.checkoutId());
					if (done != null && !preview) {
						m.rollback();
						checked();
						report = done; // Main committed in an earlier run (M6): only the local part is left.
						unconfirmed = durable(m);
						break;
					}
					progress.subTask(Messages.Sync_planning);
					long planning = System.nanoTime();
					MergePlan plan = new MergePlanner(o, m, new SyncReport(current.checkoutId(), preview), !preview).plan();
					StepTimes.since(StepTimes.PLAN, planning);
					progress.worked(30);
					FaultInjection.check(FaultInjection.Point.AFTER_PLANNING);
					if (preview) {
						m.rollback();
						checked();
						plan.report.setFinishedAt(Instant.now());
						return plan.report;
					}
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					new MergeApplier(o, m).apply(plan, progress.split(60));
					FaultInjection.check(FaultInjection.Point.AFTER_APPLYING);
					plan.report.setFinishedAt(Instant.now());
					plan.report.setStayedOffline(stayOffline);
					FaultInjection.check(FaultInjection.Point.BEFORE_COMMIT);
					checked();
					SyncReports.storeReturnedAndCommit(m, main.dialect(), plan.report);
					report = plan.report;
					unconfirmed = durable(m);
				} catch (SQLException | RuntimeException | MergeApplier.ConcurrentChange e) {
					m.rollback();
					o.rollback();
					if (e instanceof SyncException || !MergeRetry.isTransient(e)) {
						throw e;
					}
					if (MergeRetry.exhausted(attempt, e)) {
						throw MergeRetry.gaveUp(attempt, e);
					}
					MergeRetry.pause(attempt); // a rare leftover (deadlock, a parent deleted meanwhile): plan again
				}
			} catch (MergeApplier.ConcurrentChange e) {
				throw MergeRetry.gaveUp(MergeRetry.ATTEMPTS, e);
			} catch (SQLException e) {
				if (report != null) {
					continue; // closing after the commit: main has it, and whether on disk is known (unconfirmed)
				}
				if (OfflineDamagedException.isCorruption(e)) {
					throw damaged(e);
				}
				throw SyncFailures.merge(e, main.url());
			} catch (SyncException | OperationCanceledException e) {
				throw e;
			} catch (RuntimeException e) {
				if (report != null) {
					continue;
				}
				if (OfflineDamagedException.isCorruption(e)) {
					throw damaged(e);
				}
				throw SyncFailures.merge(e, main.url());
			}
		}
		if (unconfirmed != null) {
			throw unconfirmed(unconfirmed);
		}
		return report;
	}

	/** Main's commit forced to its disk, on the merge's connection; the failure if it could not be. */
	private RuntimeException durable(Connection m) {
		try {
			FaultInjection.check(FaultInjection.Point.AFTER_COMMIT);
			makeDurable(m, main.dialect());
			return null;
		} catch (RuntimeException e) {
			return e;
		}
	}


	/**
	 * The commit was sent but main's keeping it could not be confirmed (the server died at the commit):
	 * main is asked again, and the words say only what is known (issue 18: never "merged" when main lost
	 * it). Either way the copy is kept and a re-run finishes, merging nothing twice (M6).
	 */
	private SyncException unconfirmed(RuntimeException failure) {
		try (Connection m = main.dataSource().getConnection()) {
			if (SyncReports.load(m, current.checkoutId()) != null) {
				return SyncFailures.afterCommit(failure);
			}
			return new SyncException(Reason.FAILED, Messages.Sync_notKept, failure);
		} catch (SQLException | RuntimeException e) {
			return new SyncException(Reason.UNREACHABLE, Messages.bind(Messages.Sync_commitUnknown, main.url()), failure);
		}
	}

	/** B17: a damaged offline copy is never merged; main was rolled back. */
	private static SyncException damaged(Exception e) {
		return new SyncException(Reason.DAMAGED, e instanceof OfflineDamagedException ? e.getMessage()
				: Messages.bind(Messages.Sync_damaged, DataException.rootMessage(e)), e);
	}

	/**
	 * B17/B24: the copy reads back whole before anything is merged (a damaged one is refused, main
	 * untouched), and then the newest backup holds the last commit. A backup that cannot be written (a
	 * full disk) does not keep intact work out of main: the existing backups stay, nothing half-written
	 * is left, and merging is what saves the work.
	 */
	private static void checkWhole(StoreFactory factory, Store offline, boolean preview) {
		try {
			if (preview) {
				factory.verifyOffline(offline);
			} else {
				factory.backupOffline(offline);
			}
		} catch (OfflineDamagedException e) {
			throw new SyncException(Reason.DAMAGED, e.getMessage(), e);
		} catch (DataException e) {
			if (e.getCause() == null || DatabaseFault.of(e, "") == DatabaseFault.OUT_OF_MEMORY) {
				throw new SyncException(Reason.FAILED, e.getMessage(), e);
			}
			DatabaseFault.warn(OfflineMerge.class, e.getMessage(), e);
		}
	}

	/**
	 * B11: only into the database the copy came from; the copy is migrated to this release's schema
	 * when it opens, so main must be at least as new (an older main is refused as it opens).
	 */
	private void checkSameDatabase() {
		if (!main.databaseId().equals(current.originDatabaseId())) {
			throw new SyncException(Reason.REFUSED,
					Messages.bind(Messages.Sync_otherDatabase, main.url(), current.originUrl()));
		}
		if (main.schemaVersion() < offline.schemaVersion()) {
			throw new SyncException(Reason.REFUSED, Messages.bind(Messages.Sync_otherSchema,
					new Object[] { main.schemaVersion(), offline.schemaVersion(), main.url() }));
		}
	}
}
