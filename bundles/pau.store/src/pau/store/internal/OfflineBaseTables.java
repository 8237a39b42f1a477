package pau.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * After an offline copy is migrated, the checkout-time state the sync engine keeps of every table
 * ({@code SYNC_BASE_<table>}, docs/merge.md) gains the columns the migration added, holding the values
 * the migration gave the rows: so a column added by a release is not taken for an offline edit. A table
 * the migration added has no such state: all its rows were made offline, which is what the sync engine
 * concludes from a missing state.
 */
final class OfflineBaseTables {

	static final String PREFIX = "SYNC_BASE_"; //$NON-NLS-1$

	private OfflineBaseTables() {
	}

	static void complete(Connection offline) throws SQLException {
		boolean autoCommit = offline.getAutoCommit();
		offline.setAutoCommit(false);
		try (Statement statement = offline.createStatement()) {
			for (String base : baseTables(offline)) {
				String table = base.substring(PREFIX.length());
				Set<String> missing = columns(offline, table);
				missing.removeAll(columns(offline, base));
				if (!missing.isEmpty() && SchemaMigrations.tableExists(offline, table)) {
					rebuild(statement, offline, table, base);
				}
			}
			offline.commit();
		} catch (SQLException | RuntimeException e) {
			offline.rollback();
			throw e;
		} finally {
			offline.setAutoCommit(autoCommit);
		}
	}

	/** The base table again, with the table's columns now; old rows keep their values, new columns take the row's. */
	private static void rebuild(Statement statement, Connection offline, String table, String base) throws SQLException {
		Set<String> kept = columns(offline, base);
		List<String> now = new ArrayList<>(columns(offline, table));
		now.retainAll(storedColumns(offline, table));
		List<String> select = new ArrayList<>();
		for (String column : now) {
			select.add((kept.contains(column) ? "B." : "T.") + column); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String next = base + "_NEXT"; //$NON-NLS-1$
		statement.execute("CREATE TABLE " + next + " AS SELECT " + String.join(", ", now) + " FROM " + table //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " WITH NO DATA"); //$NON-NLS-1$
		statement.execute("INSERT INTO " + next + " (" + String.join(", ", now) + ") SELECT " + String.join(", ", select) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " FROM " + base + " B LEFT JOIN " + table + " T ON T.ID = B.ID"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		statement.execute("DROP TABLE " + base); //$NON-NLS-1$
		statement.execute("ALTER TABLE " + next + " RENAME TO " + base); //$NON-NLS-1$ //$NON-NLS-2$
		statement.execute("ALTER TABLE " + base + " ALTER COLUMN ID SET NOT NULL"); //$NON-NLS-1$ //$NON-NLS-2$
		statement.execute("ALTER TABLE " + base + " ADD PRIMARY KEY (ID)"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> baseTables(Connection offline) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = offline.getMetaData().getTables(null, "PUBLIC", PREFIX + "%", new String[] { "TABLE", "BASE TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME")); //$NON-NLS-1$
			}
		}
		return tables;
	}

	private static Set<String> columns(Connection offline, String table) throws SQLException {
		Set<String> columns = new LinkedHashSet<>();
		try (ResultSet rs = offline.getMetaData().getColumns(null, "PUBLIC", table, null)) { //$NON-NLS-1$
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME")); //$NON-NLS-1$
			}
		}
		return columns;
	}

	/** Columns whose values the state keeps: all but large binary content, which is streamed. */
	private static Set<String> storedColumns(Connection offline, String table) throws SQLException {
		Set<String> columns = new LinkedHashSet<>();
		try (ResultSet rs = offline.getMetaData().getColumns(null, "PUBLIC", table, null)) { //$NON-NLS-1$
			while (rs.next()) {
				int type = rs.getInt("DATA_TYPE"); //$NON-NLS-1$
				// H2 reports a UUID as BINARY: only true large objects are content.
				if (type != java.sql.Types.BLOB && !"BINARY LARGE OBJECT".equalsIgnoreCase(rs.getString("TYPE_NAME"))) { //$NON-NLS-1$ //$NON-NLS-2$
					columns.add(rs.getString("COLUMN_NAME")); //$NON-NLS-1$
				}
			}
		}
		return columns;
	}
}
