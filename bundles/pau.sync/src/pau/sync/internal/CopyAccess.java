package pau.sync.internal;

import java.util.function.Function;

import pau.model.DataException;
import pau.store.ActiveDatabase;
import pau.store.DatabaseFault;
import pau.store.OfflineDamagedException;
import pau.store.OfflineKeys;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.sync.OfflineState;
import pau.sync.SyncException;
import pau.sync.SyncException.Reason;

/**
 * The offline copy as the offline service reaches it: open for work (opened now if it could not be at
 * start, held with the reason when it cannot), read back whole before a change (B17), or opened
 * read-only for work that only reads (B2); its failures said as the reasons of {@link SyncException}.
 */
final class CopyAccess {

	private final ActiveDatabase active;
	private final StoreFactory factory;
	private final DamageNote damageNote;

	CopyAccess(ActiveDatabase active, StoreFactory factory, DamageNote damageNote) {
		this.active = active;
		this.factory = factory;
		this.damageNote = damageNote;
	}

	/**
	 * Work that only reads the offline copy: on the copy open for work when it is, else on the copy
	 * opened read-only, which writes nothing (B2). A copy made by an older release is migrated first,
	 * as it opens for work (B18).
	 */
	<T> T inspecting(OfflineState current, Function<Store, T> work) {
		if (active.isOffline()) {
			return work.apply(active.current());
		}
		Store inspected;
		try {
			inspected = factory.inspectOffline(current.offlineDirectory(), key(current));
		} catch (pau.store.SchemaOutdatedException e) {
			return work.apply(open(current));
		} catch (OfflineDamagedException e) {
			throw new SyncException(Reason.DAMAGED, e.getMessage(), e);
		} catch (DataException e) {
			throw new SyncException(Reason.FAILED, cannotOpen(current, e), e);
		}
		try {
			return work.apply(inspected);
		} finally {
			inspected.close();
		}
	}

	/** The copy in use, read back whole and backed up as it is before a change (B17); damage is noted. */
	Store whole(OfflineState current) {
		Store offline = open(current);
		try {
			factory.backupOffline(offline);
		} catch (OfflineDamagedException e) {
			damageNote.write(current.checkoutId(), e.getMessage());
			throw new SyncException(Reason.DAMAGED, e.getMessage(), e);
		}
		return offline;
	}

	/** The open offline database; opened now if it could not be at start. Never main. */
	Store open(OfflineState current) {
		if (active.isOffline()) {
			return active.current();
		}
		try {
			Store offline = factory.openOffline(current.offlineDirectory(), key(current));
			active.activateOffline(offline);
			return offline;
		} catch (OfflineDamagedException e) {
			active.holdOffline(e.getMessage());
			throw new SyncException(Reason.DAMAGED, e.getMessage(), e);
		} catch (DataException e) {
			String message = cannotOpen(current, e);
			active.holdOffline(message);
			throw new SyncException(Reason.FAILED, message, e);
		}
	}

	/** Why the copy did not open, in words: a full disk says what to do, anything else adds the database's message. */
	private static String cannotOpen(OfflineState current, DataException e) {
		return switch (DatabaseFault.of(e, "")) { //$NON-NLS-1$
		case DISK_FULL -> Messages.bind(Messages.Offline_cannotOpenDiskFull, current.offlineDirectory());
		// Another process has the copy open (PAU Desk holds it while it is open).
		case IN_USE -> Messages.bind(Messages.Offline_cannotOpenInUse, current.offlineDirectory());
		default -> Messages.bind(Messages.Offline_cannotOpen, current.offlineDirectory()) + " " + e.getMessage(); //$NON-NLS-1$
		};
	}

	private static String key(OfflineState current) {
		return OfflineKeys.get(current.checkoutId().toString());
	}
}
