package pau.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pau.model.DataException;
import pau.store.DatabaseFault;
import pau.store.Messages;
import pau.store.OfflineDamagedException;
import pau.store.RowDigests;
import pau.store.StepTimes;

/**
 * Reads a whole offline database back (B17, B24): every row against its digest ({@link RowDigests}),
 * in one pass that reads and hashes every value (every value as its column's type in a table without
 * digests), every index entry, every document's content against its SHA-256. H2 reads each page it
 * touches, so a damaged page shows here; whatever would make a synchronization fail on the copy's contents
 * makes this fail first. Only reads.
 */
final class OfflineVerifier {

	private static final String DOCUMENTS = "DOCUMENTS"; //$NON-NLS-1$

	private OfflineVerifier() {
	}

	/**
	 * Reads the copy back whole unless its file holds exactly what PAU Desk wrote ({@link WrittenBlocks}):
	 * then only its seal is read. A read-back that passes makes the file as it read known.
	 *
	 * @param file the copy's database file
	 * @return the seal's count of commits in the database
	 * @throws OfflineDamagedException when anything does not read back
	 * @throws DataException when the check itself could not run (out of memory, a full disk): no damage
	 */
	static long verify(Connection connection, String where, Path file) {
		long started = System.nanoTime();
		WrittenBlocks.Check check;
		try {
			check = WrittenBlocks.check(file);
		} catch (IOException e) {
			check = null; // not readable as bytes: the read-back says why, or finds it whole
		}
		if (check != null) {
			StepTimes.since(StepTimes.AS_WRITTEN, started);
		}
		if (check != null && check.asWritten()) {
			try {
				return seal(connection, where);
			} catch (SQLException e) {
				throw failed(e, where);
			}
		}
		long sequence = verify(connection, where);
		if (check != null) {
			check.trust();
		}
		return sequence;
	}

	/**
	 * @return the seal's count of commits in the database
	 * @throws OfflineDamagedException when anything does not read back
	 * @throws DataException when the check itself could not run (out of memory, a full disk): no damage
	 */
	static long verify(Connection connection, String where) {
		long started = System.nanoTime();
		try {
			for (String table : tables(connection)) {
				// A covered table's one pass: its digests hash every value of every row as text, so a value
				// that does not decode fails there and one that decodes to another value does not match.
				long changed = RowDigests.damaged(connection, table);
				if (changed < 0) {
					readRows(connection, table, where);
				} else if (DOCUMENTS.equals(table)) {
					readContent(connection, where);
				}
				if (changed > 0) {
					throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineValuesChanged,
							new Object[] { where, changed, table }));
				}
				readIndexes(connection, table);
			}
			return seal(connection, where);
		} catch (SQLException | IOException | RuntimeException e) {
			throw failed(e, where);
		} finally {
			StepTimes.since(StepTimes.READ_BACK, started);
		}
	}

	private static long seal(Connection connection, String where) throws SQLException {
		long sequence = OfflineSeal.readDatabase(connection);
		if (sequence < 0) {
			throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineSealMissing, where));
		}
		return sequence;
	}

	private static RuntimeException failed(Exception e, String where) {
		if (e instanceof OfflineDamagedException damaged) {
			return damaged;
		}
		DatabaseFault fault = DatabaseFault.of(e, ""); //$NON-NLS-1$
		if (fault == DatabaseFault.OUT_OF_MEMORY || fault == DatabaseFault.DISK_FULL) {
			// Not the copy's fault: never reported as damage.
			return new DataException(fault.describe(e), e);
		}
		return OfflineDamagedException.unreadable(where, e);
	}

	/** Every value as the type its column declares: a garbled value fails to convert here, not in a sync. */
	private static void readRows(Connection connection, String table, String where) throws SQLException, IOException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM " + quote(table))) { //$NON-NLS-1$
			ResultSetMetaData meta = rows.getMetaData();
			Class<?>[] types = new Class<?>[meta.getColumnCount() + 1];
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				types[c] = javaType(meta.getColumnClassName(c));
			}
			boolean documents = DOCUMENTS.equals(table);
			while (rows.next()) {
				for (int c = 1; c < types.length; c++) {
					if ("CONTENT".equals(meta.getColumnName(c))) { //$NON-NLS-1$
						continue;
					}
					Object value = rows.getObject(c);
					if (value != null && types[c] != null && !types[c].isInstance(value)) {
						rows.getObject(c, types[c]); // converts, or says why it cannot
					}
				}
				if (documents) {
					checkContent(rows, where);
				}
			}
		}
	}

	/** Every document's content against its SHA-256, which its row's digest covers. */
	private static void readContent(Connection connection, String where) throws SQLException, IOException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT SHA256, CONTENT, FILE_NAME, PROCEDURE_ID FROM " + quote(DOCUMENTS))) { //$NON-NLS-1$
			while (rows.next()) {
				checkContent(rows, where);
			}
		}
	}

	/** Reads each index whole, in its own order: an index entry that does not decode is damage too. */
	private static void readIndexes(Connection connection, String table) throws SQLException {
		Map<String, List<String>> indexes = new LinkedHashMap<>();
		try (var query = connection.prepareStatement("SELECT INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS " //$NON-NLS-1$
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY INDEX_NAME, ORDINAL_POSITION")) { //$NON-NLS-1$
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					indexes.computeIfAbsent(rows.getString(1), i -> new ArrayList<>()).add(quote(rows.getString(2)));
				}
			}
		}
		for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
			String columns = String.join(", ", index.getValue()); //$NON-NLS-1$
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT " + columns + " FROM " + quote(table) + " USE INDEX (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ quote(index.getKey()) + ") ORDER BY " + columns)) { //$NON-NLS-1$
				int count = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					for (int c = 1; c <= count; c++) {
						rows.getObject(c);
					}
				}
			}
		}
	}

	private static Class<?> javaType(String className) {
		if (className == null) {
			return null;
		}
		try {
			return Class.forName(className, false, OfflineVerifier.class.getClassLoader());
		} catch (ClassNotFoundException e) {
			return null;
		}
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES " //$NON-NLS-1$
						+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) { //$NON-NLS-1$
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The procedure's case number, as a lawyer knows it. */
	private static String caseNumber(Connection connection, Object procedure) {
		try (var query = connection.prepareStatement("SELECT CASE_NUMBER FROM PROCEDURES WHERE ID = ?")) { //$NON-NLS-1$
			query.setObject(1, procedure);
			try (ResultSet row = query.executeQuery()) {
				return row.next() ? row.getString(1) : String.valueOf(procedure);
			}
		} catch (SQLException e) {
			return String.valueOf(procedure);
		}
	}

	private static void checkContent(ResultSet row, String where) throws SQLException, IOException {
		String expected = row.getString("SHA256"); //$NON-NLS-1$
		try (InputStream content = row.getBinaryStream("CONTENT")) { //$NON-NLS-1$
			if (content == null || expected == null) {
				return;
			}
			MessageDigest sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			try (DigestInputStream digest = new DigestInputStream(content, sha)) {
				digest.transferTo(java.io.OutputStream.nullOutputStream());
			}
			if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(expected.strip())) {
				throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineDocumentDamaged, new Object[] {
						row.getString("FILE_NAME"), caseNumber(row.getStatement().getConnection(), row.getObject("PROCEDURE_ID")), where })); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
