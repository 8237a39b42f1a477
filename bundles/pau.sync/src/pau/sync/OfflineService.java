package pau.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;

import pau.store.OfflineRecovery;

/**
 * The offline mode: go offline with procedures, synchronize back (with preview), or discard. A
 * service (Declarative Services); the UI and pau-cli use it. Long operations take a progress monitor
 * and must not run on the UI thread.
 */
public interface OfflineService {

	/** EventAdmin topic posted after the mode changed. */
	String TOPIC_MODE = "pau/sync/MODE";

	/** The current, persisted state. */
	OfflineState state();

	/**
	 * Copies the procedures from the main database into a new encrypted offline database and switches
	 * the application to it (R1). Cancelling, or any failure, leaves nothing behind and the mode MAIN.
	 *
	 * @throws SyncException already offline, main unreachable, unknown procedures
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	OfflineState goOffline(List<UUID> procedureIds, IProgressMonitor monitor);

	/**
	 * Adds procedures to the offline copy in use and to its checkout in main (issue 20, take more while
	 * offline): their records, documents and the reference rows the copy lacks, as of now. Procedures
	 * the copy holds already are skipped. On failure the copy and main are as they were.
	 *
	 * @return the state with the procedures added
	 * @throws SyncException not offline (WRONG_MODE), main unreachable, another main database
	 *                       (REFUSED), unknown procedures (BAD_REQUEST), a damaged copy
	 */
	OfflineState take(List<UUID> procedureIds, IProgressMonitor monitor);

	/**
	 * Plans the synchronization and reports what it would do, changing nothing (B2).
	 */
	SyncReport preview(IProgressMonitor monitor);

	/**
	 * Merges the offline work into the main database in one transaction (R4, M1–M6, B3) and returns
	 * to main mode. On failure main is unchanged, the offline database intact and the mode OFFLINE.
	 */
	SyncReport synchronize(IProgressMonitor monitor);

	/**
	 * Issue 20: merges the offline work into main as {@link #synchronize} does (the same rules, report
	 * and guarantees), then stays offline with a new copy of the same procedures (and of those created
	 * offline) as main holds them now: colleagues' changes arrive, and the next synchronization starts
	 * from here. The report says what arrived ({@link SyncReport#arrived()}). A failure after main's
	 * commit leaves the old copy; running this or {@link #synchronize} again finishes.
	 */
	SyncReport synchronizeStayingOffline(IProgressMonitor monitor);

	/**
	 * Issue 20: brings the office's changes to the taken procedures into the offline copy without
	 * handing anything in: records created, changed or deleted in main arrive; records changed,
	 * created or deleted offline stay as they are for the next synchronization to merge by the rules.
	 * One transaction on the copy; main is only read.
	 *
	 * @return what arrived: new records by table, changed and deleted records, document bytes
	 * @throws SyncException not offline (WRONG_MODE), main unreachable, another main database
	 *                       (REFUSED), a damaged copy (DAMAGED)
	 */
	Refreshed refresh(IProgressMonitor monitor);

	/**
	 * What a {@link #refresh} brought: new records by table, records that took main's values, records
	 * deleted because main deleted them, and document bytes read from main.
	 */
	record Refreshed(Map<String, Integer> arrived, int changed, int deleted, long documentBytes) {

		public int total() {
			return arrived.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Counts what was done offline (B12). */
	OfflineChanges offlineChanges();

	/** Deletes the offline database and its changes and returns to main mode (R6). */
	void discard();

	/** The procedures of the main database that are checked out offline now, by anyone (B6). */
	List<Checkout> checkouts();

	/**
	 * Why the offline database is damaged (B17), or null when it opens and its evidence holds (or not
	 * offline). A damaged copy is never merged; {@link #recover} restores a backup.
	 */
	String damage();

	/**
	 * Checks the offline database whole; when it is damaged, restores its newest intact backup (the
	 * damaged file goes to the quarantine) and reopens it (B17).
	 *
	 * @return what was restored and lost, or null when the database is intact
	 * @throws SyncException not offline, or no intact backup (nothing changed)
	 */
	OfflineRecovery recover(IProgressMonitor monitor);

	/**
	 * Offline copies that start-up found but the mode does not name, set aside under
	 * {@code <workspace>/quarantine} with their keys, never deleted.
	 */
	List<Path> quarantined();

	/**
	 * The synchronization reports kept in the main database, newest first (B1), each with who
	 * synchronized, from which computer, and which lost offline values were restored since (B13).
	 *
	 * @throws SyncException main unreachable
	 */
	List<SyncReport> reports();

	/**
	 * B13: writes the offline value of entry {@code entryNo} (1-based) of a kept report back into the
	 * main database, as an edit guarded by the row version, and records in the report who restored it
	 * and when.
	 *
	 * @return the report with the entry marked restored
	 * @throws SyncException {@link SyncException.Reason#BAD_REQUEST} when the entry is not a lost
	 *             offline value (or no such report or entry, or restored already);
	 *             {@link SyncException.Reason#CHANGED_AGAIN} when main changed the value again since the
	 *             synchronization (nothing written); {@link SyncException.Reason#UNREACHABLE}
	 */
	SyncReport restore(UUID reportId, int entryNo);

	/** A procedure checked out offline (B6). */
	record Checkout(UUID procedureId, String caseNumber, String userName, String host, java.time.Instant since) {
	}
}
