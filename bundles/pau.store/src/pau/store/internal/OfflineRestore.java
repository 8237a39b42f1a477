package pau.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.h2.jdbcx.JdbcDataSource;

import pau.model.DataException;
import pau.store.DurableFiles;
import pau.store.Messages;
import pau.store.OfflineDamagedException;
import pau.store.OfflineRecovery;

/**
 * Recovery of a damaged offline database (B17): checks the database whole; when it is damaged, finds
 * the newest backup that reads back whole, moves the damaged file aside and puts the backup in its
 * place, and sets the seal to what the backup holds.
 */
final class OfflineRestore {

	private static final String FILE = StoreFactoryComponent.OFFLINE_NAME + ".mv.db"; //$NON-NLS-1$

	private final StoreFactoryComponent factory;
	private final Path directory;
	private final String key;
	private final OfflineSeal seal;

	OfflineRestore(StoreFactoryComponent factory, Path directory, String key) {
		this.factory = factory;
		this.directory = directory;
		this.key = key;
		this.seal = new OfflineSeal(directory);
	}

	OfflineRecovery run(Path quarantine) {
		OfflineSeal.Evidence before = seal.readFile();
		if (isIntact()) {
			return null;
		}
		Path restoring = directory.resolve("restoring"); //$NON-NLS-1$
		try {
			for (OfflineBackups.Backup backup : new OfflineBackups(directory).list()) {
				deleteTree(restoring);
				OfflineBackups.extract(backup, restoring);
				Long sequence = verify(restoring, backup.file().toString());
				if (sequence == null) {
					continue;
				}
				Path aside = quarantine.resolve(directory.getFileName() + "-damaged-" + Instant.now().toEpochMilli()); //$NON-NLS-1$
				Files.createDirectories(aside);
				for (String name : new String[] { FILE, OfflineSeal.FILE_NAME }) {
					if (Files.exists(directory.resolve(name))) {
						Files.copy(directory.resolve(name), aside.resolve(name), StandardCopyOption.REPLACE_EXISTING);
					}
				}
				DurableFiles.forceDirectory(aside);
				Files.move(restoring.resolve(FILE), directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
				DurableFiles.forceDirectory(directory);
				seal.reset(sequence, backup.takenAt());
				deleteTree(restoring);
				return new OfflineRecovery(backup.takenAt(), sequence, before == null ? sequence : before.sequence(),
						before == null ? null : before.savedAt(), aside);
			}
		} catch (IOException e) {
			throw new DataException(Messages.bind(Messages.Store_backupFailed, DataException.rootMessage(e)), e);
		} finally {
			deleteTree(restoring);
		}
		throw new DataException(Messages.bind(Messages.Store_noIntactBackup, directory));
	}

	/**
	 * Whether the database opens, its seal is not behind, and it reads back whole. Read-only: an intact
	 * copy is left byte for byte as it was.
	 *
	 * @throws DataException when the check cannot run (out of memory, a wrong key): nothing is restored
	 */
	private boolean isIntact() {
		if (!Files.exists(directory.resolve(FILE))) {
			return false;
		}
		if (!fileReadsWhole(directory)) {
			return false;
		}
		JdbcDataSource source = factory.readOnlyOffline(directory, key);
		try (Connection connection = source.getConnection()) {
			try {
				seal.compare(connection, directory);
				OfflineVerifier.verify(connection, directory.toString());
				return true;
			} catch (OfflineDamagedException e) {
				ILog.of(OfflineRestore.class).warn(e.getMessage());
				StoreFactoryComponent.shutdownImmediately(connection);
				return false;
			}
		} catch (SQLException | RuntimeException e) {
			if (e instanceof SQLException sql && sql.getErrorCode() == 90049) {
				DataException why = factory.wrongKeyOrDamage(directory, key, e);
				if (!(why instanceof OfflineDamagedException)) {
					throw why;
				}
			}
			if (e instanceof DataException && !(e instanceof OfflineDamagedException)) {
				throw (DataException) e; // out of memory, a full disk: says nothing about the copy
			}
			ILog.of(OfflineRestore.class).warn("The offline database does not open: " + DataException.rootMessage(e)); //$NON-NLS-1$
			return false;
		}
	}

	/** The seal's count of an intact restored file, or null when it is damaged too. */
	private Long verify(Path folder, String name) {
		if (!fileReadsWhole(folder)) {
			return null;
		}
		JdbcDataSource source = factory.readOnlyOffline(folder, key);
		try (Connection connection = source.getConnection()) {
			try {
				long sequence = OfflineVerifier.verify(connection, name);
				StoreFactoryComponent.shutdown(source);
				return sequence;
			} catch (OfflineDamagedException e) {
				StoreFactoryComponent.shutdownImmediately(connection);
				ILog.of(OfflineRestore.class).warn(e.getMessage());
				return null;
			}
		} catch (SQLException | RuntimeException e) {
			ILog.of(OfflineRestore.class).warn("Backup " + name + " does not open: " + DataException.rootMessage(e)); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	/** Whether the key opens one of the backups (then it is the right key). */
	boolean keyOpensABackup() {
		Path trying = directory.resolve("key-check"); //$NON-NLS-1$
		try {
			for (OfflineBackups.Backup backup : new OfflineBackups(directory).list()) {
				deleteTree(trying);
				OfflineBackups.extract(backup, trying);
				try (Connection connection = factory.readOnlyOffline(trying, key).getConnection()) {
					StoreFactoryComponent.shutdownImmediately(connection);
					return true;
				} catch (SQLException e) {
					if (e.getErrorCode() == 90049) {
						return false;
					}
				}
			}
		} catch (IOException e) {
			ILog.of(OfflineRestore.class).warn("Cannot check the key against a backup: " + e.getMessage()); //$NON-NLS-1$
		} finally {
			deleteTree(trying);
		}
		return false;
	}

	/** Whether the file's newest part is there (see {@link OfflineFileCheck}). */
	private boolean fileReadsWhole(Path folder) {
		try {
			OfflineFileCheck.check(folder.resolve(FILE), key, folder);
			return true;
		} catch (OfflineDamagedException e) {
			ILog.of(OfflineRestore.class).warn(e.getMessage());
			return false;
		}
	}

	private static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			ILog.of(OfflineRestore.class).warn("Cannot delete " + folder, e); //$NON-NLS-1$
		}
	}
}
