package pau.sync.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;

import pau.model.DataException;
import pau.store.DurableFiles;
import pau.sync.OfflineState;

/**
 * Checkouts this workspace gave up (discard, R6) whose return main has not recorded yet, in
 * {@code <workspace>/.pau-sync/returns}: written, forced to the disk, before the mode turns MAIN, and
 * cleared once main has marked them returned. A discard killed in between, or made while main could
 * not be reached, is finished by the next start or status, so colleagues never keep seeing the
 * procedures taken offline by nobody.
 */
final class PendingReturns {

	private final Path file;
	private final MainAccess main;

	PendingReturns(Path workspace, MainAccess main) {
		this.file = workspace.resolve(".pau-sync").resolve("returns"); //$NON-NLS-1$ //$NON-NLS-2$
		this.main = main;
	}

	/** Marks the checkout returned in main and forgets it here; main out of reach leaves it for later. */
	void markReturnedIfReachable(UUID checkoutId) {
		try {
			try (Connection m = main.openQuietly().dataSource().getConnection()) {
				MainCheckouts.markReturned(m, checkoutId);
			}
			remove(checkoutId);
		} catch (DataException | SQLException | IOException e) {
			// No connection now: the next start or status finishes the return.
			ILog.of(getClass()).info("Checkout " + checkoutId + " left open in main: " + e.getMessage());
		}
	}

	/** Returns in main what this workspace gave up and main has not recorded yet (a killed discard). */
	void finish(OfflineState current) {
		for (UUID checkoutId : list()) {
			if (current.isOffline() && checkoutId.equals(current.checkoutId())) {
				continue; // the discard was killed before the mode turned: still held, a discard finishes it
			}
			markReturnedIfReachable(checkoutId);
		}
	}

	synchronized List<UUID> list() {
		Set<UUID> ids = new LinkedHashSet<>();
		try {
			if (Files.exists(file)) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					try {
						ids.add(UUID.fromString(line.strip()));
					} catch (IllegalArgumentException e) {
						// A torn last line: the rest still counts.
					}
				}
			}
		} catch (IOException e) {
			// Unreadable: nothing to finish now.
		}
		return new ArrayList<>(ids);
	}

	synchronized void add(UUID checkoutId) throws IOException {
		Set<UUID> ids = new LinkedHashSet<>(list());
		ids.add(checkoutId);
		save(ids);
	}

	synchronized void remove(UUID checkoutId) throws IOException {
		Set<UUID> ids = new LinkedHashSet<>(list());
		if (ids.remove(checkoutId)) {
			save(ids);
		}
	}

	private void save(Set<UUID> ids) throws IOException {
		if (ids.isEmpty()) {
			Files.deleteIfExists(file);
			return;
		}
		Files.createDirectories(file.getParent());
		StringBuilder text = new StringBuilder();
		ids.forEach(id -> text.append(id).append('\n'));
		DurableFiles.write(file, text.toString());
	}
}
