package pau.sync.internal;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;

import pau.store.DatabaseFault;
import pau.sync.SyncException;
import pau.sync.SyncException.Reason;

/**
 * Turns a failure of going offline or of a synchronization into a {@link SyncException} whose reason
 * and message say what happened in words: a main database that went away is {@link Reason#UNREACHABLE}
 * (never the driver's "Database is already closed … [90121]"), a full disk says so, and a failure
 * after main committed says that main is merged.
 */
final class SyncFailures {

	/** Below this much free space, a failed copy is taken as a full disk (the write that failed was bigger). */
	private static final long NEARLY_FULL_BYTES = 4L * 1024 * 1024;

	private SyncFailures() {
	}

	/**
	 * Going offline failed; the caller removes the partial copy. Call before removing it: a nearly
	 * full disk under the copy is part of the diagnosis.
	 */
	static SyncException goOffline(Throwable failure, String mainUrl, Path copy) {
		DatabaseFault fault = DatabaseFault.of(failure, mainUrl);
		if (fault != DatabaseFault.DISK_FULL && fault != DatabaseFault.OUT_OF_MEMORY && nearlyFull(copy)) {
			fault = DatabaseFault.DISK_FULL;
		}
		if (fault != DatabaseFault.DISK_FULL) { // a full disk has no room for the log
			log(failure);
		}
		return switch (fault) {
		case DISK_FULL -> new SyncException(Reason.DISK_FULL, Messages.bind(Messages.Offline_diskFull, copy.getParent()), failure);
		case CONNECTION, NOT_FOUND, LOGIN -> new SyncException(Reason.UNREACHABLE,
				Messages.bind(Messages.Offline_mainLost, mainUrl, fault.describe(failure)), failure);
		default -> new SyncException(Reason.FAILED, Messages.bind(Messages.Offline_goOfflineFailed, fault.describe(failure)), failure);
		};
	}

	/** A synchronization failed before main committed: main rolled back, the offline work is kept. */
	static SyncException merge(Throwable failure, String mainUrl) {
		DatabaseFault fault = DatabaseFault.of(failure, mainUrl);
		log(failure);
		return switch (fault) {
		// Lost at the commit, main may hold the merge: the words promise only what a re-run does.
		case CONNECTION, NOT_FOUND, LOGIN -> new SyncException(Reason.UNREACHABLE,
				Messages.bind(Messages.Sync_connectionLost, mainUrl, fault.describe(failure)), failure);
		default -> new SyncException(Reason.FAILED, Messages.bind(Messages.Sync_failed, fault.describe(failure)), failure);
		};
	}

	/** Main committed, but the local finish (state, report, deleting the copy) failed. */
	static SyncException afterCommit(Throwable failure) {
		log(failure);
		return new SyncException(Reason.FAILED,
				Messages.bind(Messages.Sync_localFinishFailed, DatabaseFault.explain(failure, "")), failure); //$NON-NLS-1$
	}

	/** The details for whoever reads the workspace log; the user gets the words. */
	private static void log(Throwable failure) {
		try {
			ILog.of(SyncFailures.class).warn(String.valueOf(failure.getMessage()), failure);
		} catch (RuntimeException | Error e) {
			// Logging must not hide the failure itself.
		}
	}

	private static boolean nearlyFull(Path copy) {
		try {
			Path existing = copy;
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			if (existing == null) {
				return false;
			}
			FileStore store = Files.getFileStore(existing);
			return store.getUsableSpace() < NEARLY_FULL_BYTES;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
