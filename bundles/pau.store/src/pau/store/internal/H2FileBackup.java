package pau.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * An online backup of an embedded H2 database into a zip archive that is not compressed.
 * <p>
 * H2's {@code BACKUP TO} deflates the database file at the default level. An offline database is
 * encrypted: its bytes do not compress, and deflating them cost about 30 ms a megabyte (9 s of the
 * 300 MB copy of 1,000 procedures). This does what {@code BACKUP TO} does (flush, then let the
 * MVStore copy its file while it reuses no space, under the database's LOB lock) into an archive
 * whose entries are stored at level 0: the same archive, read back the same way, at the speed of a
 * file copy. The database object sits in H2 packages that are not exported, so it is reached by
 * reflection; should a later H2 change them, {@code BACKUP TO} is used instead.
 */
final class H2FileBackup {

	private H2FileBackup() {
	}

	/** Writes the backup of the database behind {@code connection} to {@code file}. */
	static void write(Connection connection, Path file) throws SQLException, IOException {
		Object database;
		Object store;
		MVStore mvStore;
		Object lobLock;
		try {
			Object session = connection.unwrap(JdbcConnection.class).getSession();
			database = session.getClass().getMethod("getDatabase").invoke(session); //$NON-NLS-1$
			store = database.getClass().getMethod("getStore").invoke(database); //$NON-NLS-1$
			mvStore = (MVStore) store.getClass().getMethod("getMvStore").invoke(store); //$NON-NLS-1$
			lobLock = database.getClass().getMethod("getLobSyncObject").invoke(database); //$NON-NLS-1$
		} catch (ReflectiveOperationException | ClassCastException | SQLException e) {
			backupTo(connection, file);
			return;
		}
		try {
			store.getClass().getMethod("flush").invoke(store); //$NON-NLS-1$
			database.getClass().getMethod("flush").invoke(database); //$NON-NLS-1$
		} catch (InvocationTargetException e) {
			throw new SQLException(e.getCause());
		} catch (ReflectiveOperationException e) {
			backupTo(connection, file);
			return;
		}
		synchronized (lobLock) {
			try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.setLevel(Deflater.NO_COMPRESSION);
				mvStore.getFileStore().backup(zip);
			}
		}
	}

	private static void backupTo(Connection connection, Path file) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}
}
