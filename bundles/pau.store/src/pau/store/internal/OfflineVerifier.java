package pau.store.internal;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.List;

import pau.store.Messages;
import pau.store.OfflineDamagedException;

/**
 * Reads a whole offline database back: every row of every table, every document's content checked
 * against its SHA-256. H2 reads each page it touches, so a damaged page shows here.
 */
final class OfflineVerifier {

	private OfflineVerifier() {
	}

	/**
	 * @return the seal's count of commits in the database
	 * @throws OfflineDamagedException when anything does not read back
	 */
	static long verify(Connection connection, String where) {
		try {
			for (String table : tables(connection)) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) { //$NON-NLS-1$
					ResultSetMetaData meta = rows.getMetaData();
					while (rows.next()) {
						for (int c = 1; c <= meta.getColumnCount(); c++) {
							if (!"CONTENT".equals(meta.getColumnName(c))) { //$NON-NLS-1$
								rows.getObject(c);
							}
						}
						if ("DOCUMENTS".equals(table)) { //$NON-NLS-1$
							checkContent(rows, where);
						}
					}
				}
			}
			long sequence = OfflineSeal.readDatabase(connection);
			if (sequence < 0) {
				throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineSealMissing, where));
			}
			return sequence;
		} catch (SQLException | IOException | RuntimeException e) {
			if (e instanceof OfflineDamagedException damaged) {
				throw damaged;
			}
			throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineUnreadable, where,
					pau.model.DataException.rootMessage(e)), e);
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
				throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineDocumentDamaged,
						row.getString("FILE_NAME"), where)); //$NON-NLS-1$
			}
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
