package pau.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import pau.model.DataException;
import pau.store.ActiveDatabase;
import pau.store.OfflineKeys;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.store.Workspace;
import pau.sync.Mode;
import pau.sync.OfflineChanges;
import pau.sync.OfflineService;
import pau.sync.OfflineState;
import pau.sync.SyncException;
import pau.sync.SyncException.Reason;
import pau.sync.SyncReport;

/**
 * The mode state machine MAIN → go offline → OFFLINE → (synchronize | discard) → MAIN, persisted in
 * the instance location. One operation at a time.
 */
@Component(service = OfflineService.class, immediate = true)
public class OfflineServiceComponent implements OfflineService {

	private static final int ATTEMPTS = 3;

	@Reference
	private ActiveDatabase active;

	@Reference
	private StoreFactory factory;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	private Path workspace;
	private ModeStateFile stateFile;
	private volatile OfflineState state = OfflineState.MAIN;

	@Activate
	void activate() {
		workspace = Workspace.directory();
		stateFile = new ModeStateFile(workspace);
		state = stateFile.read();
		removeAbandonedCopies();
		if (state.isOffline()) {
			try {
				active.activateOffline(factory.openOffline(state.offlineDirectory(), OfflineKeys.get(key(state))));
			} catch (DataException e) {
				ILog.of(getClass()).error(Messages.bind(Messages.Offline_cannotOpen, state.offlineDirectory()), e);
			}
		}
	}

	/**
	 * A crash while going offline leaves a partial copy that no state refers to: delete it, and close
	 * its checkout in main if it got that far. Skipped while another process changes the mode (its
	 * copy is not abandoned).
	 */
	private void removeAbandonedCopies() {
		Path root = workspace.resolve("offline");
		if (!Files.isDirectory(root)) {
			return;
		}
		List<UUID> abandoned = new ArrayList<>();
		try (WorkspaceLock lock = WorkspaceLock.tryAcquire(workspace); Stream<Path> copies = Files.list(root)) {
			if (lock == null) {
				return;
			}
			for (Path copy : copies.toList()) {
				if (!state.isOffline() || !copy.equals(state.offlineDirectory())) {
					deleteTree(copy);
					parseId(copy.getFileName().toString(), abandoned);
				}
			}
		} catch (IOException | SyncException e) {
			ILog.of(getClass()).warn("Cannot clean " + root, e);
		}
		if (!abandoned.isEmpty()) {
			Thread closer = new Thread(() -> abandoned.forEach(this::markReturnedIfReachable), "pau-close-abandoned-checkouts");
			closer.setDaemon(true);
			closer.start();
		}
	}

	private static void parseId(String name, List<UUID> ids) {
		try {
			ids.add(UUID.fromString(name));
		} catch (IllegalArgumentException e) {
			// Not a checkout's folder.
		}
	}

	@Override
	public OfflineState state() {
		return state;
	}

	@Override
	public Path reportsDirectory() {
		return workspace.resolve("sync-reports");
	}

	@Override
	public synchronized OfflineState goOffline(List<UUID> procedureIds, IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read(); // another process may have changed the mode meanwhile
			return goOfflineLocked(procedureIds, monitor);
		}
	}

	private OfflineState goOfflineLocked(List<UUID> procedureIds, IProgressMonitor monitor) {
		if (state.isOffline()) {
			throw new SyncException(Reason.WRONG_MODE, Messages.bind(Messages.Offline_alreadyOffline, state.since()));
		}
		if (procedureIds.isEmpty()) {
			throw new SyncException(Reason.BAD_REQUEST, Messages.Offline_noProcedures);
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Checkout_task, 100);
		Store main = openMain();
		UUID checkoutId = UUID.randomUUID();
		Path directory = workspace.resolve("offline").resolve(checkoutId.toString());
		Store offline = null;
		boolean recorded = false;
		try {
			offline = factory.createOffline(directory, OfflineKeys.create(checkoutId.toString()));
			Instant now = Instant.now();
			List<UUID> copied;
			try (Connection o = offline.dataSource().getConnection(); Connection m = main.dataSource().getConnection()) {
				o.setAutoCommit(false);
				m.setAutoCommit(false);
				m.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				CheckoutCopy.createSyncTables(o);
				CheckoutCopy checkout = new CheckoutCopy(m, main.dialect(), o);
				copied = checkout.copy(procedureIds, progress.split(95));
				FaultInjection.check(FaultInjection.Point.DURING_CHECKOUT);
				checkout.recordInfo(checkoutId, main.databaseId(), main.url(), main.schemaVersion(), now);
				m.rollback();
				o.commit();
				// On disk before anyone is told the copy is there: a full disk fails here, not later
				// in H2's background writer after "success".
				try (java.sql.Statement checkpoint = o.createStatement()) {
					checkpoint.execute("CHECKPOINT SYNC");
				}
				m.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
				CheckoutCopy.recordCheckouts(m, checkoutId, copied, now);
				m.commit();
				recorded = true;
			}
			OfflineState next = new OfflineState(Mode.OFFLINE, checkoutId, copied, now, directory,
					offline.url(), main.databaseId(), main.url(), main.schemaVersion());
			stateFile.write(next);
			state = next;
			active.activateOffline(offline);
			progress.done();
			announce();
			return next;
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

	private void abandon(Store offline, Path directory, UUID checkoutId, Store recordedIn) {
		if (offline != null) {
			try {
				offline.close();
			} catch (RuntimeException e) {
				ILog.of(getClass()).warn("Cannot close the partial offline copy " + directory, e);
			}
		}
		deleteTree(directory);
		OfflineKeys.forget(checkoutId.toString());
		if (recordedIn != null) {
			try (Connection m = recordedIn.dataSource().getConnection();
					PreparedStatement delete = m.prepareStatement("DELETE FROM OFFLINE_CHECKOUTS WHERE CHECKOUT_ID = ?")) {
				delete.setObject(1, checkoutId);
				delete.executeUpdate();
			} catch (SQLException e) {
				ILog.of(getClass()).warn("Cannot remove the checkout record " + checkoutId, e);
			}
		}
	}

	@Override
	public synchronized SyncReport preview(IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read();
			return merge(monitor, true);
		}
	}

	@Override
	public synchronized SyncReport synchronize(IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read();
			return merge(monitor, false);
		}
	}

	private SyncReport merge(IProgressMonitor monitor, boolean preview) {
		OfflineState current = requireOffline();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Sync_task, 100);
		Store main = openMain();
		checkSameDatabase(main, current);
		Store offline = offlineStore(current);
		SyncReport report = null;
		for (int attempt = 1; report == null; attempt++) {
			try (Connection o = offline.dataSource().getConnection(); Connection m = main.dataSource().getConnection()) {
				m.setAutoCommit(false);
				m.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				o.setAutoCommit(false);
				try {
					SyncReport done = SyncReports.load(m, current.checkoutId());
					if (done != null && !preview) {
						m.rollback();
						report = done; // Main committed in an earlier run (M6): only the local part is left.
						break;
					}
					progress.subTask(Messages.Sync_planning);
					MergePlan plan = new MergePlanner(o, m, new SyncReport(current.checkoutId(), preview)).plan();
					progress.worked(30);
					FaultInjection.check(FaultInjection.Point.AFTER_PLANNING);
					if (preview) {
						m.rollback();
						plan.report.setFinishedAt(Instant.now());
						return plan.report;
					}
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					new MergeApplier(o, m).apply(plan, progress.split(60));
					FaultInjection.check(FaultInjection.Point.AFTER_APPLYING);
					CheckoutCopy.markReturned(m, current.checkoutId());
					plan.report.setFinishedAt(Instant.now());
					SyncReports.store(m, main.dialect(), plan.report);
					FaultInjection.check(FaultInjection.Point.BEFORE_COMMIT);
					m.commit();
					report = plan.report;
				} catch (SQLException | RuntimeException | MergeApplier.ConcurrentChange e) {
					m.rollback();
					o.rollback();
					if (!(isConcurrentChange(e)) || attempt >= ATTEMPTS) {
						throw e;
					}
					// Someone changed main meanwhile: plan again against what is there now.
				}
			} catch (MergeApplier.ConcurrentChange e) {
				throw new SyncException(Reason.FAILED, Messages.Sync_busy, e);
			} catch (SQLException e) {
				throw SyncFailures.merge(e, main.url());
			} catch (SyncException | OperationCanceledException e) {
				throw e;
			} catch (RuntimeException e) {
				throw SyncFailures.merge(e, main.url());
			}
		}
		try {
			FaultInjection.check(FaultInjection.Point.AFTER_COMMIT);
			finishLocally(current, report);
		} catch (RuntimeException e) {
			throw SyncFailures.afterCommit(e); // main is merged; a re-run finds its report and finishes
		}
		progress.done();
		return report;
	}

	/** After main committed: keep the report, delete the offline copy, back to main mode. */
	private void finishLocally(OfflineState current, SyncReport report) {
		SyncReports.saveLocally(report, reportsDirectory());
		returnToMain(current);
	}

	/**
	 * The mode is MAIN before anyone hears that the active database changed; a crash after writing
	 * the state leaves only an orphan copy, which the next start deletes.
	 */
	private void returnToMain(OfflineState current) {
		stateFile.write(OfflineState.MAIN);
		state = OfflineState.MAIN;
		active.activateMain();
		deleteTree(current.offlineDirectory());
		OfflineKeys.forget(key(current));
		announce();
	}

	@Override
	public synchronized void discard() {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read();
			discardLocked();
		}
	}

	private void discardLocked() {
		OfflineState current = requireOffline();
		returnToMain(current);
		markReturnedIfReachable(current.checkoutId());
	}

	private void markReturnedIfReachable(UUID checkoutId) {
		try {
			factory.checkReachable(active.mainSettings(), java.time.Duration.ofSeconds(3));
			try (Connection m = active.main().dataSource().getConnection()) {
				CheckoutCopy.markReturned(m, checkoutId);
			}
		} catch (DataException | SQLException e) {
			// No connection now: colleagues keep seeing the checkout until it is cleared by hand.
			ILog.of(getClass()).info("Checkout " + checkoutId + " left open in main: " + e.getMessage());
		}
	}

	@Override
	public OfflineChanges offlineChanges() {
		requireOffline();
		try (Connection o = offlineStore(requireOffline()).dataSource().getConnection()) {
			return OfflineDiff.count(o);
		} catch (SQLException e) {
			throw new SyncException(Reason.FAILED, DataException.rootMessage(e), e);
		}
	}

	@Override
	public List<Checkout> checkouts() {
		List<Checkout> result = new ArrayList<>();
		try (Connection m = openMain().dataSource().getConnection();
				PreparedStatement select = m.prepareStatement("SELECT PROCEDURE_ID, USER_NAME, HOST, CHECKED_OUT_AT "
						+ "FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL ORDER BY CHECKED_OUT_AT");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				result.add(new Checkout(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()));
			}
		} catch (SQLException e) {
			throw new SyncException(Reason.FAILED, DataException.rootMessage(e), e);
		}
		return result;
	}

	/** The open offline database; opened now if it could not be at start. Never main. */
	private Store offlineStore(OfflineState current) {
		if (active.isOffline()) {
			return active.current();
		}
		try {
			Store offline = factory.openOffline(current.offlineDirectory(), OfflineKeys.get(key(current)));
			active.activateOffline(offline);
			return offline;
		} catch (DataException e) {
			throw new SyncException(Reason.FAILED,
					Messages.bind(Messages.Offline_cannotOpen, current.offlineDirectory()) + " " + e.getMessage(), e);
		}
	}

	private Store openMain() {
		try {
			factory.checkReachable(active.mainSettings(), java.time.Duration.ofSeconds(5));
		} catch (DataException e) {
			throw new SyncException(Reason.UNREACHABLE, e.getMessage(), e);
		}
		try {
			return active.main();
		} catch (DataException e) {
			// It answers but cannot be used: not a PAU Desk database, or a newer schema (B11).
			throw new SyncException(Reason.REFUSED, e.getMessage(), e);
		}
	}

	/** B11: only into the database the copy came from, with the same schema version. */
	private static void checkSameDatabase(Store main, OfflineState current) {
		if (!main.databaseId().equals(current.originDatabaseId())) {
			throw new SyncException(Reason.REFUSED,
					Messages.bind(Messages.Sync_otherDatabase, main.url(), current.originUrl()));
		}
		if (main.schemaVersion() != current.schemaVersion()) {
			throw new SyncException(Reason.REFUSED, Messages.bind(Messages.Sync_otherSchema,
					main.schemaVersion(), current.schemaVersion()));
		}
	}

	private OfflineState requireOffline() {
		OfflineState current = state;
		if (!current.isOffline()) {
			throw new SyncException(Reason.WRONG_MODE, Messages.Offline_notOffline);
		}
		return current;
	}

	private void announce() {
		EventAdmin admin = events;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_MODE, Map.of("mode", state.mode().name())));
		}
	}

	private static String key(OfflineState state) {
		return state.checkoutId().toString();
	}

	private static boolean isConcurrentChange(Throwable e) {
		if (e instanceof MergeApplier.ConcurrentChange) {
			return true;
		}
		// 40001: serialization failure (PostgreSQL); 90131: concurrent update (H2).
		return e instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 90131);
	}


	static void deleteTree(Path directory) {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			ILog.of(OfflineServiceComponent.class).warn("Cannot delete " + directory, e);
		}
	}
}
