package pau.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Row locks that let a synchronization finish while colleagues keep writing: before the plan reads
 * main, the main rows it will update (the rows changed offline) are locked and read with
 * {@code SELECT … FOR UPDATE}, tables in {@link SyncSchema#all()} order and ids in ascending order, so the
 * plan reads their latest committed values and the version-guarded updates cannot miss. Clients
 * writing those rows wait for the commit instead of the sync failing.
 */
final class MainRowLocks {

	/** How long the sync waits for a row a client's transaction holds before giving up this attempt. */
	static final int LOCK_TIMEOUT_SECONDS = 30;

	/** Ascending as both databases order UUIDs (unsigned, most significant half first). */
	static final Comparator<UUID> DATABASE_ORDER = (a, b) -> {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	};

	private MainRowLocks() {
	}

	/**
	 * Locks the main rows of the table with these ids that exist, in ascending id order, until the
	 * transaction ends, and reads them in the same request (one round trip fewer a table over a VPN,
	 * issue 21): what is read is what is locked.
	 *
	 * @return the rows locked, by id
	 */
	static Map<UUID, Row> lockAndRead(Connection main, TableSpec table, Collection<UUID> ids) throws SQLException {
		List<UUID> sorted = new ArrayList<>(ids);
		sorted.sort(DATABASE_ORDER);
		Map<UUID, Row> rows = new HashMap<>();
		IdChunks.query(main, "SELECT " + table.selectList() + " FROM " + table.name() + " WHERE ID IN ", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				" ORDER BY ID FOR UPDATE", sorted, rs -> { //$NON-NLS-1$
					Row row = Row.read(rs, table);
					rows.put(row.id, row);
				});
		return rows;
	}
}
