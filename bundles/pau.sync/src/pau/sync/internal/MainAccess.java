package pau.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import pau.model.DataException;
import pau.store.ActiveDatabase;
import pau.store.DatabaseFault;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.sync.OfflineState;
import pau.sync.SyncException;
import pau.sync.SyncException.Reason;

/**
 * Main as the offline service reaches it: asked first whether it answers, within a bound (an unreachable
 * main is one line, never a hang), then opened; its failures said as the reasons of {@link SyncException}.
 */
final class MainAccess {

	/** How long main may take to answer before a command says it does not. */
	private static final Duration ANSWER = Duration.ofSeconds(5);
	/** The same for work nobody waits for (a return finished later). */
	private static final Duration QUIET_ANSWER = Duration.ofSeconds(3);

	private final ActiveDatabase active;
	private final StoreFactory factory;

	MainAccess(ActiveDatabase active, StoreFactory factory) {
		this.active = active;
		this.factory = factory;
	}

	/** Main, answering and open. */
	Store open() {
		checkAnswers();
		return openAnswering();
	}

	/** Main, open, or the database's failure as it is: for work that is finished later when it fails. */
	Store openQuietly() {
		factory.checkReachable(active.mainSettings(), QUIET_ANSWER);
		return active.main();
	}

	/** Main, the copy, and the copy's check before the merge, under way while main opened. */
	record OpenedForMerge(Store main, Store offline, CompletableFuture<Void> check) {
	}

	/**
	 * Main asked whether it answers while the copy opens (a quarter of a second each over the office VPN;
	 * an unreachable main is still said first, before any progress), then the copy's check started (B17,
	 * {@link OfflineMerge#startCheck}) and main opened meanwhile; a main that cannot be opened is said once
	 * the check is over, so that nothing of it outlives the command.
	 */
	OpenedForMerge openForMerge(Supplier<Store> offlineCopy) {
		CompletableFuture<Void> answer = CompletableFuture.runAsync(this::checkAnswers, task -> {
			Thread thread = new Thread(task, "pau-main-answer"); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.start();
		});
		Store offline;
		try {
			offline = offlineCopy.get();
		} catch (RuntimeException | Error e) {
			OfflineMerge.await(answer); // main out of reach is the first thing to say, as ever
			throw e;
		}
		OfflineMerge.await(answer);
		CompletableFuture<Void> check = OfflineMerge.startCheck(factory, offline);
		try {
			return new OpenedForMerge(openAnswering(), offline, check);
		} catch (RuntimeException | Error e) {
			check.exceptionally(failure -> null).join();
			throw e;
		}
	}

	/** Work on a connection to main that ends with the connection; a database error in words. */
	interface Work<T> {
		T run(Connection main) throws SQLException;
	}

	<T> T on(Work<T> work) {
		try (Connection m = open().dataSource().getConnection()) {
			return work.run(m);
		} catch (SQLException e) {
			throw new SyncException(Reason.FAILED, DataException.rootMessage(e), e);
		}
	}

	private void checkAnswers() {
		try {
			factory.checkReachable(active.mainSettings(), ANSWER, true); // its connection serves the work
		} catch (DataException e) {
			throw new SyncException(Reason.UNREACHABLE, e.getMessage(), e);
		}
	}

	/** Main, once it answered {@link #checkAnswers}. */
	private Store openAnswering() {
		try {
			return active.main();
		} catch (DataException e) {
			if (DatabaseFault.of(e, active.mainSettings().url()) == DatabaseFault.CONNECTION) {
				// It answered the check and died before it could be opened: unreachable, not refused.
				throw new SyncException(Reason.UNREACHABLE, DatabaseFault.explain(e, active.mainSettings().url()), e);
			}
			// It answers but cannot be used: not a PAU Desk database, or a newer schema (B11).
			throw new SyncException(Reason.REFUSED, e.getMessage(), e);
		}
	}

	/** B11: only with the main database the copy came from. */
	static void requireOrigin(Store main, OfflineState current) {
		if (!main.databaseId().equals(current.originDatabaseId())) {
			throw new SyncException(Reason.REFUSED,
					Messages.bind(Messages.Sync_otherDatabase, main.url(), current.originUrl()));
		}
	}
}
