package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Reading a table's rows as {@link Row}s: all of them, as checked out, or by id. */
final class RowReads {

	private RowReads() {
	}

	/**
	 * Rows a read brings per request from main: H2's server sends 100 by default, a round trip each over a VPN
	 * (issue 21); PostgreSQL's driver reads a whole result at once.
	 */
	static final int FETCH_ROWS = 5_000;

	static Map<UUID, Row> all(Connection connection, String source, TableSpec table) throws SQLException {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT " + table.selectList() + " FROM " + source)) {
			select.setFetchSize(FETCH_ROWS);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					Row row = Row.read(rs, table);
					rows.put(row.id, row);
				}
			}
		}
		return rows;
	}

	/**
	 * The checkout-time state of the table's rows; none for a table a migration added after the
	 * checkout (all its rows were made offline).
	 */
	static Map<UUID, Row> base(Connection offline, TableSpec table) throws SQLException {
		if (!SyncSchema.tableExists(offline, table.baseTable())) {
			return new LinkedHashMap<>();
		}
		return all(offline, table.baseTable(), table);
	}

	/** Main's rows with these ids, looked up in chunks of one round trip each: cost follows the data (B9). */
	static Map<UUID, Row> byIds(Connection connection, TableSpec table, Collection<UUID> ids) throws SQLException {
		return byIds(connection, table, table.name(), ids);
	}

	/** As {@link #byIds(Connection, TableSpec, Collection)}, from another table of the same columns (a base table). */
	static Map<UUID, Row> byIds(Connection connection, TableSpec table, String source, Collection<UUID> ids)
			throws SQLException {
		Map<UUID, Row> rows = new HashMap<>();
		IdChunks.query(connection, "SELECT " + table.selectList() + " FROM " + source + " WHERE ID IN ", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new ArrayList<>(ids), rs -> {
					Row row = Row.read(rs, table);
					rows.put(row.id, row);
				});
		return rows;
	}
}
