package pau.sync.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

import pau.store.StoreFactory;
import pau.sync.OfflineState;

/**
 * The mode at start, decided under the workspace lock: as the state file says, or, when that file is
 * lost or garbled, as the newest complete offline copy records it. Every copy the mode does not name
 * is set aside, never deleted, and its checkout is closed in main when main can be reached.
 */
final class ModeStartup {

	private final ModeStateFile stateFile;
	private final WorkspaceCopies copies;
	private final StoreFactory factory;
	private final Consumer<UUID> closeCheckout;

	/**
	 * @param closeCheckout marks a checkout returned in main if main is reachable; called on a
	 *            background thread for every copy set aside
	 */
	ModeStartup(ModeStateFile stateFile, WorkspaceCopies copies, StoreFactory factory, Consumer<UUID> closeCheckout) {
		this.stateFile = stateFile;
		this.copies = copies;
		this.factory = factory;
		this.closeCheckout = closeCheckout;
	}

	OfflineState run() {
		OfflineState read;
		try {
			read = stateFile.readStrict();
		} catch (ModeStateFile.Unreadable e) {
			read = stateFile.exists() || !copies.copies().isEmpty() ? rebuild(e) : OfflineState.MAIN;
		}
		List<UUID> setAside = new ArrayList<>();
		for (Path copy : copies.copies()) {
			if (!read.isOffline() || !copy.equals(read.offlineDirectory())) {
				try {
					copies.setAside(copy);
					parseId(copy.getFileName().toString(), setAside);
				} catch (IOException e) {
					ILog.of(getClass()).error("Cannot set aside " + copy, e); //$NON-NLS-1$
				}
			}
		}
		if (!setAside.isEmpty()) {
			closeAbandoned(setAside);
		}
		return read;
	}

	private OfflineState rebuild(ModeStateFile.Unreadable why) {
		for (Path copy : copies.copies()) {
			OfflineState recorded = copies.stateOf(copy, factory);
			if (recorded != null) {
				ILog.of(getClass()).warn(why.getMessage() + "; the mode is rebuilt from the offline copy " + copy); //$NON-NLS-1$
				stateFile.write(recorded);
				return recorded;
			}
		}
		ILog.of(getClass()).warn(why.getMessage() + "; no offline copy records a mode: main mode"); //$NON-NLS-1$
		stateFile.write(OfflineState.MAIN);
		return OfflineState.MAIN;
	}

	/** Their checkouts are not held by anyone any more: colleagues should not see them taken. */
	private void closeAbandoned(List<UUID> checkoutIds) {
		Thread closer = new Thread(() -> checkoutIds.forEach(closeCheckout), "pau-close-abandoned-checkouts"); //$NON-NLS-1$
		closer.setDaemon(true);
		closer.start();
	}

	private static void parseId(String name, List<UUID> ids) {
		try {
			ids.add(UUID.fromString(name));
		} catch (IllegalArgumentException e) {
			// Not a checkout's folder.
		}
	}
}
