package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A query over main rows by id, {@code … WHERE ID IN (?, …) …}, run in chunks that each cost one round
 * trip: the statement for full chunks is prepared once and reused, and the fetch size brings a chunk's
 * rows back with its answer (H2 and PostgreSQL otherwise fetch 100 rows, or all of them, per trip). Over a
 * VPN to the office every round trip costs milliseconds; 10,000 rows took ~250 trips before, now ~20.
 */
final class IdChunks {

	/**
	 * Ids a statement binds: well under PostgreSQL's 32,767 parameters and H2's limits; a sync of up to 1,000
	 * changes to a table locks and reads them in one round trip each.
	 */
	static final int SIZE = 1_000;

	@FunctionalInterface
	interface RowHandler {
		void row(ResultSet rs) throws SQLException;
	}

	private IdChunks() {
	}

	/**
	 * Runs {@code head + "(?, …)" + tail} for every chunk of {@code ids}, in their order, handing each
	 * result row to {@code handler}.
	 */
	static void query(Connection connection, String head, String tail, List<UUID> ids, RowHandler handler)
			throws SQLException {
		PreparedStatement full = null;
		try {
			for (int start = 0; start < ids.size(); start += SIZE) {
				List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + SIZE));
				if (chunk.size() < SIZE) {
					try (PreparedStatement last = prepare(connection, head, tail, chunk.size())) {
						run(last, chunk, handler);
					}
				} else {
					if (full == null) {
						full = prepare(connection, head, tail, SIZE);
					}
					run(full, chunk, handler);
				}
			}
		} finally {
			if (full != null) {
				full.close();
			}
		}
	}

	private static PreparedStatement prepare(Connection connection, String head, String tail, int size)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(
				head + "(" + String.join(", ", Collections.nCopies(size, "?")) + ")" + tail); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		statement.setFetchSize(size);
		return statement;
	}

	private static void run(PreparedStatement statement, List<UUID> chunk, RowHandler handler) throws SQLException {
		for (int i = 0; i < chunk.size(); i++) {
			statement.setObject(i + 1, chunk.get(i));
		}
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				handler.row(rs);
			}
		}
	}
}
