package pau.sync.internal;

import static pau.sync.internal.WorkspaceCopies.deleteTree;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import pau.store.OfflineKeys;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.sync.Mode;
import pau.sync.OfflineState;
import pau.sync.SyncException;

/**
 * A new offline copy of procedures from main, in a folder of its own in the workspace (going offline,
 * and a sync that stays offline): made whole or not at all.
 */
final class NewCopies {

	private final StoreFactory factory;
	private final Path workspace;

	NewCopies(StoreFactory factory, Path workspace) {
		this.factory = factory;
		this.workspace = workspace;
	}

	/** Makes a sealed, backed-up copy the workspace's (the state file, the active database). */
	interface TakeUp {
		void made(OfflineState next, Store offline);
	}

	/**
	 * Copies the procedures into a new offline database and makes it the workspace's: the state file
	 * names it (the commit point), then the active database switches to it. On failure the new copy and
	 * its checkout rows are gone and the state is as it was.
	 *
	 * @param since    when the lawyer went offline (kept across synchronizations that stay offline)
	 * @param lastSync the synchronization that made this copy while staying offline, or null
	 * @param previous a copy whose document content is taken where it is the same (B15), or null
	 */
	Made make(List<UUID> procedureIds, Instant since, Instant lastSync, Store main, Store previous, SubMonitor progress,
			TakeUp takeUp) {
		UUID checkoutId = UUID.randomUUID();
		Path directory = workspace.resolve("offline").resolve(checkoutId.toString());
		Store offline = null;
		boolean recorded = false;
		try {
			URL script = NewCopyScript.url(); // the synchronization's tables with the store's, else added below
			String key = OfflineKeys.create(checkoutId.toString());
			offline = factory.createOffline(directory, key, script);
			Instant now = since;
			List<UUID> copied;
			long fromMain;
			long reused;
			try (Connection o = offline.dataSource().getConnection(); Connection m = main.dataSource().getConnection();
					Connection p = previous == null ? null : previous.dataSource().getConnection()) {
				o.setAutoCommit(false);
				MainSession.begin(m, main.dialect(), Connection.TRANSACTION_REPEATABLE_READ, false);
				if (script == null) {
					CheckoutCopy.createSyncTables(o);
				}
				CheckoutCopy checkout = new CheckoutCopy(m, main.dialect(), o);
				if (p != null) {
					checkout.reusingContentOf(p);
				}
				copied = checkout.copy(procedureIds, progress.split(95));
				fromMain = checkout.bytes();
				reused = checkout.reusedBytes();
				FaultInjection.check(FaultInjection.Point.DURING_CHECKOUT);
				checkout.recordInfo(checkoutId, main.databaseId(), main.url(), main.schemaVersion(), now);
				// The offline data source makes the commit durable (CHECKPOINT SYNC): on disk before anyone
				// is told the copy is there, so a full disk fails here, not later in H2's background writer.
				o.commit();
				MainSession.isolation(m, main.dialect(), Connection.TRANSACTION_READ_COMMITTED); // the read rolled back
				MainCheckouts.recordCheckouts(m, checkoutId, copied, now);
				m.commit();
				recorded = true;
			}
			Store taken = offline;
			offline = null; // closed if compacted: the store returned is the one to go on with
			offline = factory.compactNewOffline(taken, directory, key);
			factory.backupNewOffline(offline); // B17: the first backup holds the copy as taken
			OfflineState next = new OfflineState(Mode.OFFLINE, checkoutId, copied, now, directory,
					offline.url(), main.databaseId(), main.url(), main.schemaVersion(), lastSync);
			takeUp.made(next, offline);
			progress.done();
			return new Made(next, fromMain, reused);
		} catch (OperationCanceledException | SyncException e) {
			abandon(offline, directory, checkoutId, recorded ? main : null);
			throw e;
		} catch (SQLException | RuntimeException | Error e) {
			// Diagnosed before the partial copy goes: a full disk is seen under it (or out of memory).
			SyncException failure = SyncFailures.goOffline(e, main.url(), directory);
			abandon(offline, directory, checkoutId, recorded ? main : null);
			throw failure;
		}
	}

	/** A copy made, and how many bytes of document content came from main and from the previous copy. */
	record Made(OfflineState state, long bytesFromMain, long bytesReused) {
	}

	private void abandon(Store offline, Path directory, UUID checkoutId, Store recordedIn) {
		if (offline != null) {
			try {
				offline.close();
			} catch (RuntimeException e) {
				ILog.of(NewCopies.class).warn("Cannot close the partial offline copy " + directory, e);
			}
		}
		deleteTree(directory);
		OfflineKeys.forget(checkoutId.toString());
		if (recordedIn != null) {
			MainCheckouts.forget(recordedIn, checkoutId);
		}
	}
}
