package pau.sync.internal;

import static pau.sync.internal.WorkspaceCopies.deleteTree;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import pau.store.OfflineRecovery;
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

	@Reference
	private ActiveDatabase active;

	@Reference
	private StoreFactory factory;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	private Path workspace;
	private ModeStateFile stateFile;
	private WorkspaceCopies copies;
	private DamageNote damageNote;
	private PendingReturns pendingReturns;
	private MainAccess mainAccess;
	private CopyAccess copyAccess;
	private NewCopies newCopies;

	private volatile OfflineState state = OfflineState.MAIN;

	/**
	 * Whether the offline copy is opened for work as the service starts (the GUI works on it at once).
	 * pau-cli says false: its commands that only read (status, reports, sync --preview) then open the
	 * copy read-only, and leave the file, its seal and its backups byte for byte as they were (B2).
	 */
	private static final boolean OPEN_AT_START = !"false".equals(System.getProperty("pau.offline.openAtStart"));

	@Activate
	void activate() {
		workspace = Workspace.directory();
		mainAccess = new MainAccess(active, factory);
		pendingReturns = new PendingReturns(workspace, mainAccess);
		stateFile = new ModeStateFile(workspace);
		copies = new WorkspaceCopies(workspace);
		damageNote = new DamageNote(workspace);
		copyAccess = new CopyAccess(active, factory, damageNote);
		newCopies = new NewCopies(factory, workspace);
		try (WorkspaceLock lock = WorkspaceLock.tryAcquire(workspace)) {
			// Without the lock another process is changing the mode: its files are not ours to judge.
			state = lock == null ? stateFile.read(OfflineState.MAIN)
					: new ModeStartup(stateFile, copies, factory, pendingReturns::markReturnedIfReachable).run();
		} catch (SyncException | IllegalStateException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			state = stateFile.read(OfflineState.MAIN);
		}
		SyncReports.removePlainReports(workspace);
		if (OPEN_AT_START && !pendingReturns.list().isEmpty()) {
			// A discard killed or made out of reach of main: finish its return without delaying the start.
			Thread returns = new Thread(() -> pendingReturns.finish(state), "pau-finish-returns"); //$NON-NLS-1$
			returns.setDaemon(true);
			returns.start();
		}
		if (state.isOffline() && OPEN_AT_START) {
			try {
				active.activateOffline(factory.openOffline(state.offlineDirectory(), OfflineKeys.get(key(state))));
			} catch (DataException e) {
				ILog.of(getClass()).error(Messages.bind(Messages.Offline_cannotOpen, state.offlineDirectory()), e);
				active.holdOffline(e.getMessage()); // never main's data under an "Offline mode" title
			}
		}
	}

	@Override
	public OfflineState state() {
		return state;
	}

	@Override
	public List<Path> quarantined() {
		return copies.quarantined();
	}

	@Override
	public String damage() {
		OfflineState current = state;
		if (!current.isOffline()) {
			return null;
		}
		String found = damageNote.read(current.checkoutId());
		if (found != null || active.isOffline()) {
			return found;
		}
		try {
			copyAccess.inspecting(current, offline -> null);
			return null;
		} catch (SyncException e) {
			return e.reason() == Reason.DAMAGED ? e.getMessage() : null;
		}
	}

	@Override
	public synchronized OfflineRecovery recover(IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read(state);
			OfflineState current = requireOffline();
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Recover_task, 2);
			active.holdOffline(Messages.Recover_task); // the file is replaced: nobody may hold it open
			OfflineRecovery recovery;
			try {
				recovery = factory.recoverOffline(current.offlineDirectory(), OfflineKeys.get(key(current)),
						copies.quarantineDirectory());
				damageNote.clear(); // restored, or read back whole
			} catch (DataException e) {
				throw new SyncException(Reason.FAILED, e.getMessage(), e);
			} finally {
				progress.worked(1);
				try {
					copyAccess.open(current);
				} catch (SyncException e) {
					ILog.of(getClass()).warn(e.getMessage());
				}
				announce();
			}
			progress.done();
			return recovery;
		}
	}

	@Override
	public synchronized OfflineState goOffline(List<UUID> procedureIds, IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read(state); // another process may have changed the mode meanwhile
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
		return newCopies.make(procedureIds, Instant.now(), null, mainAccess.open(), null, progress, this::takeUp).state();
	}

	@Override
	public synchronized OfflineState take(List<UUID> procedureIds, IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read(state);
			return takeLocked(procedureIds, monitor);
		}
	}

	/**
	 * Main first: the checkout rows of the new procedures are committed before the copy's one sealed
	 * transaction, and deleted again if that fails; a crash between the two leaves main saying the
	 * lawyer has procedures the copy lacks, which the next sync returns with the rest.
	 */
	private OfflineState takeLocked(List<UUID> procedureIds, IProgressMonitor monitor) {
		OfflineState current = requireOffline();
		List<UUID> wanted = procedureIds.stream().distinct().filter(id -> !current.procedures().contains(id)).toList();
		if (procedureIds.isEmpty()) {
			throw new SyncException(Reason.BAD_REQUEST, Messages.Offline_noProcedures);
		}
		if (wanted.isEmpty()) {
			return current;
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Checkout_task, 100);
		Store main = mainAccess.open();
		MainAccess.requireOrigin(main, current);
		Store offline = copyAccess.whole(current);
		Instant now = Instant.now();
		List<UUID> copied;
		boolean recorded = false;
		try (Connection o = offline.dataSource().getConnection(); Connection m = main.dataSource().getConnection()) {
			o.setAutoCommit(false);
			try {
				MainSession.begin(m, main.dialect(), Connection.TRANSACTION_REPEATABLE_READ, false);
				copied = new CheckoutCopy(m, main.dialect(), o).adding().copy(wanted, progress.split(95));
				FaultInjection.check(FaultInjection.Point.DURING_CHECKOUT);
				MainSession.isolation(m, main.dialect(), Connection.TRANSACTION_READ_COMMITTED); // the read rolled back
				MainCheckouts.recordCheckouts(m, current.checkoutId(), copied, now);
				m.commit();
				recorded = true;
				o.commit(); // sealed and durable
			} catch (SQLException | RuntimeException | Error e) {
				rollBack(o);
				if (recorded) {
					MainCheckouts.forget(m, current.checkoutId(), wanted);
				}
				throw e;
			}
		} catch (OperationCanceledException | SyncException e) {
			throw e;
		} catch (SQLException | RuntimeException | Error e) {
			throw SyncFailures.goOffline(e, main.url(), current.offlineDirectory());
		}
		factory.backupOffline(offline);
		List<UUID> all = new ArrayList<>(current.procedures());
		all.addAll(copied);
		OfflineState next = new OfflineState(Mode.OFFLINE, current.checkoutId(), List.copyOf(all), current.since(),
				current.offlineDirectory(), current.offlineUrl(), current.originDatabaseId(), current.originUrl(),
				current.schemaVersion(), current.lastSync());
		stateFile.write(next);
		state = next;
		progress.done();
		announce();
		return next;
	}

	private static void rollBack(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is gone: nothing was committed through it
		}
	}

	@Override
	public synchronized SyncReport preview(IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read(state);
			return merge(monitor, true);
		}
	}

	@Override
	public synchronized SyncReport synchronize(IProgressMonitor monitor) {
		return lockedMerge(() -> merge(monitor, false));
	}

	/** A merge under the workspace lock; a copy found damaged is noted, so status and the GUI say so from now on. */
	private SyncReport lockedMerge(java.util.function.Supplier<SyncReport> merge) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read(state);
			return merge.get();
		} catch (SyncException e) {
			if (e.reason() == Reason.DAMAGED && state.isOffline()) {
				damageNote.write(state.checkoutId(), e.getMessage());
			}
			throw e;
		}
	}

	@Override
	public synchronized SyncReport synchronizeStayingOffline(IProgressMonitor monitor) {
		return lockedMerge(() -> mergeStayingOffline(monitor));
	}

	/**
	 * Issue 20: the merge of {@link #synchronize} (the same rules, the one main transaction, the report
	 * in main, which marks this checkout returned), then a new copy of the same procedures (and those
	 * created offline, now in main) from main as it is now, with a new checkout dated as the first
	 * (B6 says since when the lawyer has them). The old copy stays the workspace's until the new one is
	 * sealed and named by the state file; a failure or a crash in between leaves the old copy, whose
	 * report main holds, so that running this (or a plain sync) again only finishes the local part.
	 */
	private SyncReport mergeStayingOffline(IProgressMonitor monitor) {
		OfflineState current = requireOffline();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Sync_task, 100);
		MainAccess.OpenedForMerge opened = mainAccess.openForMerge(() -> copyAccess.open(current));
		Store main = opened.main();
		Store old = opened.offline();
		SyncReport report = new OfflineMerge(factory, progress.split(50), current, main, old).stayingOffline()
				.checkingMeanwhile(opened.check()).run(false);
		try {
			Map<String, Set<UUID>> before = CopyIds.ids(old);
			List<UUID> procedures = CopyIds.stillInMain(main, before.getOrDefault(CopyIds.ROOT, Set.of()));
			if (procedures.isEmpty()) { // main deleted every one of them: nothing to stay offline with
				finishLocally(current, report);
				return report;
			}
			NewCopies.Made made = newCopies.make(procedures, current.since(), Instant.now(), main, old, progress.split(50),
					this::takeUp);
			OfflineState next = made.state();
			report.setDocumentBytes(made.bytesFromMain(), made.bytesReused());
			CopyIds.ids(active.current()).forEach((table, ids) -> {
				Set<UUID> had = before.getOrDefault(table, Set.of());
				int arrived = (int) ids.stream().filter(id -> !had.contains(id)).count();
				if (arrived > 0) {
					report.arrived().put(table, arrived);
				}
			});
			damageNote.clear();
			deleteTree(current.offlineDirectory());
			OfflineKeys.forget(key(current));
			state = next;
		} catch (RuntimeException e) {
			throw SyncFailures.afterCommit(e); // main is merged; a re-run finds its report and finishes
		}
		progress.done();
		return report;
	}

	@Override
	public synchronized Refreshed refresh(IProgressMonitor monitor) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			state = stateFile.read(state);
			return refreshLocked(monitor);
		}
	}

	private Refreshed refreshLocked(IProgressMonitor monitor) {
		OfflineState current = requireOffline();
		Store main = mainAccess.open(); // before any progress line: an unreachable main is one line
		MainAccess.requireOrigin(main, current);
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Checkout_task, 100);
		Store offline = copyAccess.whole(current);
		progress.worked(20);
		CopyRefresh refresh;
		try (Connection o = offline.dataSource().getConnection(); Connection m = main.dataSource().getConnection()) {
			o.setAutoCommit(false);
			MainSession.begin(m, main.dialect(), Connection.TRANSACTION_REPEATABLE_READ, false);
			try {
				refresh = new CopyRefresh(m, main.dialect(), o);
				refresh.run(new java.util.LinkedHashSet<>(current.procedures()));
				FaultInjection.check(FaultInjection.Point.REFRESH_BEFORE_COMMIT);
				m.rollback();
				o.commit(); // sealed and durable
			} catch (SQLException | RuntimeException | Error e) {
				rollBack(o);
				throw e;
			}
		} catch (SyncException e) {
			throw e;
		} catch (SQLException | RuntimeException | Error e) {
			throw SyncFailures.goOffline(e, main.url(), current.offlineDirectory());
		}
		progress.done();
		announce(); // the views read the copy again
		return new Refreshed(Map.copyOf(refresh.arrived()), refresh.changed(), refresh.deleted(), refresh.bytes());
	}

	private SyncReport merge(IProgressMonitor monitor, boolean preview) {
		OfflineState current = requireOffline();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Sync_task, 100);
		if (preview) {
			Store main = mainAccess.open();
			return copyAccess.inspecting(current, offline -> new OfflineMerge(factory, progress, current, main, offline).run(true));
		}
		MainAccess.OpenedForMerge opened = mainAccess.openForMerge(() -> copyAccess.open(current));
		SyncReport report = new OfflineMerge(factory, progress, current, opened.main(), opened.offline())
				.checkingMeanwhile(opened.check()).run(false);
		try {
			finishLocally(current, report);
		} catch (RuntimeException e) {
			throw SyncFailures.afterCommit(e); // main is merged; a re-run finds its report and finishes
		}
		progress.done();
		return report;
	}

	/**
	 * After main committed: delete the offline copy, back to main mode. The report is kept in main
	 * only (SYNC_REPORTS): no personal data in plain files on the laptop.
	 */
	private void finishLocally(OfflineState current, SyncReport report) {
		// Main holds the work now: the copy's backups go first, so that a full disk has room for the mode.
		deleteTree(current.offlineDirectory().resolve("backups"));
		returnToMain(current);
	}

	/**
	 * The mode is MAIN before anyone hears that the active database changed; a crash after writing
	 * the state leaves only an orphan copy, which the next start deletes.
	 */
	private void returnToMain(OfflineState current) {
		damageNote.clear();
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
			state = stateFile.read(state);
			discardLocked();
		}
	}

	/**
	 * The return is noted in the workspace before the mode turns MAIN, and cleared only once main has
	 * marked the checkout returned: a kill anywhere, or main out of reach, leaves it for the next start
	 * or status to finish (issue 18).
	 */
	private void discardLocked() {
		OfflineState current = requireOffline();
		try {
			pendingReturns.add(current.checkoutId());
		} catch (java.io.IOException e) {
			throw new SyncException(Reason.FAILED, DataException.rootMessage(e), e);
		}
		FaultInjection.check(FaultInjection.Point.DISCARD_BEFORE_MODE);
		returnToMain(current);
		FaultInjection.check(FaultInjection.Point.DISCARD_AFTER_MODE);
		pendingReturns.markReturnedIfReachable(current.checkoutId());
	}

	@Override
	public OfflineChanges offlineChanges() {
		return copyAccess.inspecting(requireOffline(), offline -> {
			try (Connection o = offline.dataSource().getConnection()) {
				return OfflineDiff.count(o);
			} catch (SQLException e) {
				throw new SyncException(Reason.FAILED, DataException.rootMessage(e), e);
			}
		});
	}

	@Override
	public List<Checkout> checkouts() {
		pendingReturns.finish(state); // status and the GUI's checkout view show what colleagues should see
		return mainAccess.on(MainCheckouts::openCheckouts);
	}

	@Override
	public List<SyncReport> reports() {
		return mainAccess.on(ReportArchive::list);
	}

	@Override
	public SyncReport restore(UUID reportId, int entryNo) {
		return mainAccess.on(m -> ReportArchive.restore(m, reportId, entryNo, MainCheckouts.userName(), MainCheckouts.hostName()));
	}

	/** A new copy becomes the workspace's: the state file names it (the commit point), then it is the active database. */
	private void takeUp(OfflineState next, Store offline) {
		stateFile.write(next);
		state = next;
		active.activateOffline(offline);
		announce();
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
}
