package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import pau.store.Dialect;

/**
 * Row locks that let a synchronization finish while colleagues keep writing: before the plan reads
 * main, the main rows it will update (the rows changed offline) are locked with
 * {@code SELECT … FOR UPDATE}, tables in {@link Tables#ALL} order and ids in ascending order, so the
 * plan reads their latest committed values and the version-guarded updates cannot miss. Clients
 * writing those rows wait for the commit instead of the sync failing.
 */
final class MainRowLocks {

	/** How long the sync waits for a row a client's transaction holds before giving up this attempt. */
	static final int LOCK_TIMEOUT_SECONDS = 30;

	private static final int CHUNK = 500;

	/** Ascending as both databases order UUIDs (unsigned, most significant half first). */
	static final Comparator<UUID> DATABASE_ORDER = (a, b) -> {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	};

	private MainRowLocks() {
	}

	/** The sync session waits for clients' short transactions rather than failing at once. */
	static void setLockTimeout(Connection main, Dialect dialect) throws SQLException {
		try (Statement statement = main.createStatement()) {
			if (dialect == Dialect.POSTGRESQL) {
				statement.execute("SET lock_timeout = '" + LOCK_TIMEOUT_SECONDS + "s'");
			} else {
				statement.execute("SET LOCK_TIMEOUT " + LOCK_TIMEOUT_SECONDS * 1000);
			}
		}
	}

	/**
	 * Locks the main rows of the table with these ids that exist, in ascending id order, until the
	 * transaction ends.
	 *
	 * @return how many rows were locked
	 */
	static int lock(Connection main, TableSpec table, Collection<UUID> ids) throws SQLException {
		List<UUID> sorted = new ArrayList<>(ids);
		sorted.sort(DATABASE_ORDER);
		int locked = 0;
		for (int start = 0; start < sorted.size(); start += CHUNK) {
			List<UUID> chunk = sorted.subList(start, Math.min(sorted.size(), start + CHUNK));
			String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
			try (PreparedStatement select = main.prepareStatement(
					"SELECT ID FROM " + table.name() + " WHERE ID IN (" + marks + ") ORDER BY ID FOR UPDATE")) {
				for (int i = 0; i < chunk.size(); i++) {
					select.setObject(i + 1, chunk.get(i));
				}
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						locked++;
					}
				}
			}
		}
		return locked;
	}
}
