package pau.sync.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Issue 21 item 4: the offline copy records which rows may differ from their base (the state as
 * taken), as the lawyer works. Every public table of a copy has an invisible column {@value #COLUMN},
 * {@code DEFAULT TRUE ON UPDATE TRUE}: H2 itself sets it on every insert and every update that changes
 * a value, in the same statement and so the same transaction as the edit, whoever writes (PAU Desk,
 * or a plain H2 client through {@code PAU_OFFLINE_KEY}). Only the sync engine's own writes of rows
 * equal to their base (taking, refreshing) set it FALSE explicitly. A deletion leaves no row to
 * mark: {@link OfflineRows} finds deletions by counting against the base.
 * <p>
 * TRUE means "compare with the base", never "changed": a doubt costs a comparison, never a change. A
 * copy made before the column existed has none and is read whole, as before.
 */
final class ChangeMarks {

	/** The mark column of every public table of an offline copy. */
	static final String COLUMN = "SYNC_CHANGED"; //$NON-NLS-1$

	/** Keeps a row's mark as it is in an UPDATE of the sync engine's own (document content). */
	static final String KEEP = ", " + COLUMN + " = " + COLUMN; //$NON-NLS-1$ //$NON-NLS-2$

	private ChangeMarks() {
	}

	/** Gives every table of a new copy its mark column and an index on it; before any row is copied. */
	static void add(Connection offline, SyncSchema schema) throws SQLException {
		try (Statement statement = offline.createStatement()) {
			for (TableSpec table : schema.all()) {
				statement.execute("ALTER TABLE " + table.name() + " ADD COLUMN " + COLUMN //$NON-NLS-1$ //$NON-NLS-2$
						+ " BOOLEAN INVISIBLE DEFAULT TRUE ON UPDATE TRUE NOT NULL"); //$NON-NLS-1$
				statement.execute("CREATE INDEX " + COLUMN + "_" + table.name() + " ON " + table.name() + " (" + COLUMN //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ ")"); //$NON-NLS-1$
			}
		}
	}

	/** The tables of the copy that have the mark column (none in a copy made by an older release). */
	static Set<String> tables(Connection offline) throws SQLException {
		Set<String> marked = new HashSet<>();
		try (Statement statement = offline.createStatement();
				ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS " //$NON-NLS-1$
						+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = '" + COLUMN + "'")) { //$NON-NLS-1$ //$NON-NLS-2$
			while (rows.next()) {
				marked.add(rows.getString(1));
			}
		}
		return marked;
	}
}
