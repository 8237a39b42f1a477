package pau.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B24: every row of an offline copy carries a digest of its values, written with it. Each table has
 * an invisible column {@value #COLUMN}, a SHA-256 of the row's other values that H2 itself computes
 * and stores on every insert and update, whoever writes (PAU Desk, or a plain H2 client through
 * {@code PAU_OFFLINE_KEY}), inside the same transaction. A value changed in the file afterwards no
 * longer matches its stored digest: {@link #damaged} finds it. Large content (a document's BLOB) is
 * left out; its SHA-256 column is in the digest and is checked against the content instead.
 * <p>
 * Invisible columns appear in neither {@code SELECT *} nor JDBC metadata, so the copy, the merge and
 * other tools see the public schema unchanged.
 */
public final class RowDigests {

	/** The digest column of every table of an offline copy. */
	public static final String COLUMN = "ROW_DIGEST"; //$NON-NLS-1$

	private static final Set<String> CONTENT_TYPES = Set.of("BINARY LARGE OBJECT", "CHARACTER LARGE OBJECT"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> BINARY_TYPES = Set.of("BINARY", "BINARY VARYING"); //$NON-NLS-1$ //$NON-NLS-2$

	private RowDigests() {
	}

	/**
	 * Gives every table of the offline database a digest column over its current columns; a table whose
	 * columns changed since (a migration) gets its digest anew. Nothing is done for tables that have one.
	 */
	public static void protect(Connection offline) throws SQLException {
		Map<String, List<String[]>> tables = columns(offline);
		Map<String, String> covered = covered(offline);
		try (Statement statement = offline.createStatement()) {
			for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
				List<String> names = table.getValue().stream().map(c -> c[0]).toList();
				String columns = String.join(",", names); //$NON-NLS-1$
				String now = covered.get(table.getKey());
				if (columns.equals(now) || names.isEmpty()) {
					continue;
				}
				String quoted = quote(table.getKey());
				if (now != null) {
					statement.execute("ALTER TABLE " + quoted + " DROP COLUMN " + COLUMN); //$NON-NLS-1$ //$NON-NLS-2$
				}
				statement.execute("ALTER TABLE " + quoted + " ADD COLUMN " + COLUMN //$NON-NLS-1$ //$NON-NLS-2$
						+ " BINARY(32) INVISIBLE GENERATED ALWAYS AS (" + expression(table.getValue()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
				statement.execute("COMMENT ON COLUMN " + quoted + "." + COLUMN + " IS '" + columns + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
	}

	/**
	 * How many rows of the table no longer match their digest, or -1 for a table without one. Every
	 * value of every row is read and hashed again; a value H2 cannot convert throws.
	 */
	public static long damaged(Connection offline, String table) throws SQLException {
		String expression = null;
		try (PreparedStatement query = offline.prepareStatement("SELECT GENERATION_EXPRESSION FROM INFORMATION_SCHEMA.COLUMNS " //$NON-NLS-1$
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = ?")) { //$NON-NLS-1$
			query.setString(1, table);
			query.setString(2, COLUMN);
			try (ResultSet row = query.executeQuery()) {
				if (row.next()) {
					expression = row.getString(1);
				}
			}
		}
		if (expression == null) {
			return -1;
		}
		try (Statement statement = offline.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + quote(table) + " WHERE " + COLUMN //$NON-NLS-1$ //$NON-NLS-2$
						+ " IS DISTINCT FROM (" + expression + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
			count.next();
			return count.getLong(1);
		}
	}

	/** Whether the table has a digest column. */
	public static boolean covers(Connection offline, String table) throws SQLException {
		return covered(offline).containsKey(table);
	}

	/** Visible columns but large content, per base table of the PUBLIC schema: name and data type. */
	private static Map<String, List<String[]>> columns(Connection offline) throws SQLException {
		Map<String, List<String[]>> tables = new LinkedHashMap<>();
		try (Statement statement = offline.createStatement();
				ResultSet rows = statement.executeQuery("SELECT C.TABLE_NAME, C.COLUMN_NAME, C.DATA_TYPE, C.IS_VISIBLE " //$NON-NLS-1$
						+ "FROM INFORMATION_SCHEMA.COLUMNS C JOIN INFORMATION_SCHEMA.TABLES T " //$NON-NLS-1$
						+ "ON T.TABLE_SCHEMA = C.TABLE_SCHEMA AND T.TABLE_NAME = C.TABLE_NAME " //$NON-NLS-1$
						+ "WHERE C.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_TYPE = 'BASE TABLE' " //$NON-NLS-1$
						+ "ORDER BY C.TABLE_NAME, C.ORDINAL_POSITION")) { //$NON-NLS-1$
			while (rows.next()) {
				List<String[]> columns = tables.computeIfAbsent(rows.getString(1), t -> new ArrayList<>());
				String column = rows.getString(2);
				if (rows.getBoolean(4) && !COLUMN.equals(column) && !CONTENT_TYPES.contains(rows.getString(3))) {
					columns.add(new String[] { column, rows.getString(3) });
				}
			}
		}
		return tables;
	}

	/** The columns each table's digest covers now (from the digest column's comment). */
	private static Map<String, String> covered(Connection offline) throws SQLException {
		Map<String, String> covered = new LinkedHashMap<>();
		try (PreparedStatement query = offline.prepareStatement("SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.COLUMNS " //$NON-NLS-1$
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = ?")) { //$NON-NLS-1$
			query.setString(1, COLUMN);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					covered.put(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2)); //$NON-NLS-1$
				}
			}
		}
		return covered;
	}

	/** SHA-256 over the values as text, a null told apart from any text, a separator between them. */
	private static String expression(List<String[]> columns) {
		List<String> parts = new ArrayList<>();
		for (String[] column : columns) {
			String name = quote(column[0]);
			String text = BINARY_TYPES.contains(column[1]) ? "RAWTOHEX(" + name + ")" : "CAST(" + name + " AS VARCHAR)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			parts.add("COALESCE('v' || " + text + ", 'n')"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "HASH('SHA-256', CONCAT_WS(CHAR(31), 'r', " + String.join(", ", parts) + "))"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
