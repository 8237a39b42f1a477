package pau.store.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import pau.model.DataException;
import pau.store.DatabaseFault;
import pau.store.DatabaseSettings;
import pau.store.Dialect;
import pau.store.Messages;
import pau.store.OfflineDamagedException;
import pau.store.OfflineRecovery;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Opens main and offline databases.
 */
@Component(service = StoreFactory.class)
public class StoreFactoryComponent implements StoreFactory {

	/** H2 user of offline databases (SPEC.md: "user PAU"). */
	public static final String OFFLINE_USER = "PAU";
	/** File name of the offline database inside its directory (H2 adds .mv.db). */
	public static final String OFFLINE_NAME = "offline";

	private static final int LOGIN_TIMEOUT_SECONDS = 10;
	/**
	 * A new copy smaller than this is never compacted: its unused part costs less than a close and an open
	 * (tests lower it with {@code -Dpau.offline.compactFromBytes}).
	 */
	private static final long COMPACT_FROM_BYTES = 16L << 20;
	/** A new copy is compacted when less than this share of its file's chunks is in use. */
	private static final int COMPACT_BELOW_PERCENT = 50;

	static {
		// H2's file system classes initialize each other (FilePath's own initialization loads its
		// subclasses): two threads touching them first at once, as a sync's check that main answers and
		// its opening of the copy do, deadlock for good. Initialized here, on one thread, before any work.
		try {
			Class.forName("org.h2.store.fs.FilePath", true, JdbcDataSource.class.getClassLoader()); //$NON-NLS-1$
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException(e); // not the H2 this bundle was built against
		}
	}

	/** A connection kept for work that will not come is closed as the process ends, not cut off. */
	@Deactivate
	void deactivate() {
		KeptConnections.closeAll();
	}

	@Override
	public Store openMain(DatabaseSettings settings) {
		// The connection of the check made just before (checkReachable), and the identity read's after it.
		DataSource dataSource = KeptConnections.reusing(settings, DataSources.existing(settings, LOGIN_TIMEOUT_SECONDS));
		return JpaStore.open(Store.Kind.MAIN, settings.url(), settings.dialect(), dataSource, false, null, () -> {
		});
	}

	@Override
	public Migration migrateMain(DatabaseSettings settings) {
		DataSource dataSource = DataSources.existing(settings, LOGIN_TIMEOUT_SECONDS);
		try (Connection connection = dataSource.getConnection()) {
			int from = SchemaMigrations.tableExists(connection, "SCHEMA_INFO") //$NON-NLS-1$
					? SchemaMigrations.version(connection) : 0;
			SchemaMigrations.Info info = SchemaMigrations.ensure(connection, settings.dialect(), Store.Kind.MAIN,
					settings.url(), true, null);
			return new Migration(settings.url(), info.createdNow() ? 0 : from, info.version());
		} catch (SQLException e) {
			throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(),
					DatabaseFault.explain(e, settings.url())), e);
		}
	}

	@Override
	public Store createMain(DatabaseSettings settings) {
		DataSource dataSource = DataSources.create(settings, LOGIN_TIMEOUT_SECONDS);
		Store store = JpaStore.open(Store.Kind.MAIN, settings.url(), settings.dialect(), dataSource, false, null, () -> {
		});
		// Created now: from here on a connection never creates it again if the files vanish.
		DataSources.forbidCreation(dataSource);
		return store;
	}

	@Override
	public DatabaseSettings offlineSettings(Path directory, String key) {
		// CIPHER=AES: the file password is the key; H2 takes "filePassword userPassword".
		String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(OFFLINE_NAME) + ";CIPHER=AES";
		return new DatabaseSettings(url, OFFLINE_USER, key + " ");
	}

	@Override
	public Store createOffline(Path directory, String key, URL schemaScript) {
		if (Files.exists(directory.resolve(OFFLINE_NAME + ".mv.db"))) {
			throw new DataException(Messages.bind(Messages.Store_offlineExists, directory));
		}
		return openOfflineStore(directory, key, true, schemaScript);
	}

	@Override
	public Store openOffline(Path directory, String key) {
		if (!Files.exists(directory.resolve(OFFLINE_NAME + ".mv.db"))) {
			throw new DataException(Messages.bind(Messages.Store_offlineMissing, directory));
		}
		return openOfflineStore(directory, key, false, null);
	}

	@Override
	public Store inspectOffline(Path directory, String key) {
		if (!Files.exists(directory.resolve(OFFLINE_NAME + ".mv.db"))) {
			throw new DataException(Messages.bind(Messages.Store_offlineMissing, directory));
		}
		DatabaseSettings settings = offlineSettings(directory, key);
		// ACCESS_MODE_DATA=r: H2 opens the file read-only and never writes to it, not even when it closes.
		JdbcDataSource target = readOnlyOffline(directory, key);
		OfflineSeal seal = new OfflineSeal(directory);
		compareSeal(target, seal, directory, false);
		try {
			return JpaStore.open(Store.Kind.OFFLINE, settings.url(), Dialect.H2, target, false, null, () -> shutdown(target));
		} catch (DataException e) {
			if (!(e instanceof pau.store.SchemaOutdatedException) && OfflineDamagedException.isCorruption(e)) {
				throw OfflineDamagedException.unreadable(directory, e);
			}
			throw e;
		}
	}

	private Store openOfflineStore(Path directory, String key, boolean create, URL schemaScript) {
		DatabaseSettings settings = offlineSettings(directory, key);
		JdbcDataSource target = (JdbcDataSource) DataSources.create(
				new DatabaseSettings(connectUrl(settings.url(), create), settings.user(), settings.password()),
				LOGIN_TIMEOUT_SECONDS);
		OfflineSeal seal = new OfflineSeal(directory);
		SealedDataSource dataSource = new SealedDataSource(target, seal, new OfflineBackups(directory));
		if (!create) {
			compareSeal(target, seal, directory, true);
			dataSource.arm();
			if (OfflineBackups.changedSinceClosed(directory.resolve(OFFLINE_NAME + ".mv.db"))) {
				// Another H2 client wrote to it since PAU Desk closed it: back that work up too.
				dataSource.backups().later(target, -1);
			}
		}
		Connection anchor = null;
		boolean opened = false;
		try {
			// Held while the store is open: H2 closes an embedded database with its last connection, and each
			// open after that read and decrypted its metadata again (a fifth of going offline, issue 21).
			try {
				anchor = target.getConnection();
			} catch (SQLException e) {
				throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), DatabaseFault.explain(e, settings.url())), e);
			}
			if (create && schemaScript != null) {
				try (Connection connection = target.getConnection()) {
					SchemaMigrations.createFromScript(connection, schemaScript);
				} catch (SQLException e) {
					throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), DatabaseFault.explain(e, settings.url())), e);
				}
			}
			// A copy made by an older release is migrated where it is, after a backup of it as it was (B11).
			SchemaMigrations.BeforeMigrating backup = () -> dataSource.backups().take(target, -1, false);
			Connection held = anchor;
			Store store = JpaStore.open(Store.Kind.OFFLINE, settings.url(), Dialect.H2, dataSource, true, backup, () -> {
				dataSource.backups().close();
				shutdown(target);
				KeptConnections.closeQuietly(held);
				OfflineBackups.markClosed(directory.resolve(OFFLINE_NAME + ".mv.db"));
			});
			if (create) {
				try (Connection connection = target.getConnection()) {
					seal.create(connection);
				} catch (SQLException | IOException e) {
					store.close();
					throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), e.getMessage()), e);
				}
				dataSource.arm();
				// From now on a connection must never create a new, empty database if the files vanish.
				target.setURL(connectUrl(settings.url(), false));
			} else {
				protectRows(target, store);
			}
			opened = true;
			return store;
		} catch (DataException e) {
			if (!create && e.getCause() instanceof SQLException sql && sql.getErrorCode() == 90049) {
				throw wrongKeyOrDamage(directory, key, e);
			}
			if (!create && OfflineDamagedException.isCorruption(e)) {
				throw OfflineDamagedException.unreadable(directory, e);
			}
			throw e;
		} finally {
			if (!opened && anchor != null) {
				KeptConnections.closeQuietly(anchor);
			}
		}
	}

	/**
	 * H2 writes no trace files (they would hold data in plain text); never creates a database on open;
	 * does not compact the file when it closes (a quarter of going offline and of a synchronization,
	 * which deletes the file right after; H2 still compacts in the background while it is open); and
	 * stores its pages as they fill up rather than from a background thread every half second
	 * ({@code WRITE_DELAY=0}). Every commit PAU Desk makes is forced to disk anyway (the seal), and the
	 * background writer kept a document's unsaved pages in memory until its next round: a 300 MB
	 * document needed a heap of more than 96 MB to be stored, far less with the pages stored as they fill.
	 */
	private static String connectUrl(String url, boolean create) {
		return FilePathWritten.url(url) + ";TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0;WRITE_DELAY=0" + (create ? "" : ";IFEXISTS=TRUE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * B17: refuses a database whose evidence inside is behind the one outside; when {@code record}, seals
	 * what other clients committed since (opening for work), else writes nothing (inspecting).
	 */
	private void compareSeal(JdbcDataSource target, OfflineSeal seal, Path directory, boolean record) {
		OfflineFileCheck.check(directory.resolve(OFFLINE_NAME + ".mv.db"), fileKey(target), directory); //$NON-NLS-1$
		try (Connection connection = target.getConnection()) {
			try {
				if (record) {
					seal.check(connection, directory);
				} else {
					seal.compare(connection, directory);
				}
			} catch (OfflineDamagedException e) {
				shutdownImmediately(connection);
				throw e;
			}
		} catch (SQLException | IOException e) {
			if (e instanceof SQLException sql && sql.getErrorCode() == 90049) {
				throw wrongKeyOrDamage(directory, fileKey(target), e);
			}
			if (OfflineDamagedException.isCorruption(e)) {
				throw OfflineDamagedException.unreadable(directory, e);
			}
			throw new DataException(Messages.bind(Messages.Store_unreachable, directory, DataException.rootMessage(e)), e);
		}
	}

	/** B24: a copy made before row digests existed gets them as it is opened for work. */
	private static void protectRows(JdbcDataSource target, Store store) {
		try (Connection connection = target.getConnection()) {
			pau.store.RowDigests.protect(connection);
		} catch (SQLException e) {
			store.close();
			throw new DataException(Messages.bind(Messages.Store_unreachable, store.url(), DataException.rootMessage(e)), e);
		}
	}

	/**
	 * H2 says "encryption error" (90049) both for a wrong key and for a file whose end it cannot read.
	 * When the key opens one of the copy's backups, the key is right and the file is damaged.
	 */
	DataException wrongKeyOrDamage(Path directory, String key, Exception e) {
		if (new OfflineRestore(this, directory, key).keyOpensABackup()) {
			return OfflineDamagedException.unreadable(directory, e);
		}
		return new DataException(Messages.bind(Messages.Store_offlineWrongKey, directory), e);
	}

	/** The file password: the part of the H2 password before the space. */
	static String fileKey(JdbcDataSource source) {
		String password = source.getPassword();
		int space = password.lastIndexOf(' ');
		return space < 0 ? password : password.substring(0, space);
	}

	/** Closes a damaged database without writing to it: what is left of it stays for recovery. */
	static void shutdownImmediately(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN IMMEDIATELY"); //$NON-NLS-1$
		} catch (SQLException e) {
			// Closed already.
		}
	}

	@Override
	public void backupOffline(Store offline) {
		// Read back whole first: a damaged copy is refused here, before anything is merged, and is never
		// backed up (its backup would push an intact one out).
		backup(offline, true);
	}

	@Override
	public void backupNewOffline(Store offline) {
		backup(offline, false);
	}

	private void backup(Store offline, boolean readBack) {
		if (!(offline.dataSource() instanceof SealedDataSource sealed)) {
			return;
		}
		String where = folderOf(offline);
		try (Connection connection = sealed.target().getConnection()) {
			// Unread only while no backup exists that it could push out.
			Path file = FilePathWritten.databaseFile(sealed.target().getURL());
			long sequence = readBack || !sealed.backups().list().isEmpty() ? OfflineVerifier.verify(connection, where, file)
					: OfflineSeal.readDatabase(connection);
			if (sealed.backups().isBehind(file) || !sealed.backups().holds(sequence)) {
				sealed.backups().take(sealed.target(), sequence, true);
			}
		} catch (SQLException | IOException e) {
			throw new DataException(Messages.bind(Messages.Store_backupFailed, DatabaseFault.of(e, "").describe(e)), e); //$NON-NLS-1$
		}
	}

	@Override
	public Store compactNewOffline(Store offline, Path directory, String key) {
		if (!(offline.dataSource() instanceof SealedDataSource sealed)) {
			return offline;
		}
		Path file = directory.resolve(OFFLINE_NAME + ".mv.db"); //$NON-NLS-1$
		try (Connection connection = sealed.target().getConnection();
				Statement statement = connection.createStatement();
				ResultSet fill = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS " //$NON-NLS-1$
						+ "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) { //$NON-NLS-1$
			long from = Long.getLong("pau.offline.compactFromBytes", COMPACT_FROM_BYTES).longValue(); //$NON-NLS-1$
			if (Files.size(file) < from || !fill.next() || Integer.parseInt(fill.getString(1)) >= COMPACT_BELOW_PERCENT) {
				return offline;
			}
		} catch (SQLException | IOException | NumberFormatException e) {
			return offline; // only room is at stake: the copy goes on as it is
		}
		offline.close();
		try (Connection connection = sealed.target().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN COMPACT"); //$NON-NLS-1$
		} catch (SQLException e) {
			// Not compacted (a full disk, say): MVStore keeps the file whole; the copy goes on as it is.
			DatabaseFault.warn(StoreFactoryComponent.class, "Cannot compact the new offline database " + directory, e); //$NON-NLS-1$
		}
		OfflineBackups.markClosed(file); // as PAU Desk left it: no other client's work to back up at the open
		return openOffline(directory, key);
	}

	@Override
	public void verifyOffline(Store offline) {
		try (Connection connection = offline.dataSource().getConnection()) {
			OfflineVerifier.verify(connection, folderOf(offline), FilePathWritten.databaseFile(offline.url()));
		} catch (SQLException e) {
			if (OfflineDamagedException.isCorruption(e)) {
				throw OfflineDamagedException.unreadable(folderOf(offline), e);
			}
			throw new DataException(DatabaseFault.of(e, "").describe(e), e); //$NON-NLS-1$
		}
	}

	/** The folder of an offline store, as messages name it (its URL carries H2's settings). */
	private static String folderOf(Store offline) {
		String path = offline.url().replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path parent = Path.of(path).getParent();
		return parent == null ? path : parent.toString();
	}

	@Override
	public OfflineRecovery recoverOffline(Path directory, String key, Path quarantine) {
		return new OfflineRestore(this, directory, key).run(quarantine);
	}

	/** A read-only data source on an offline database file in the folder: checking it writes nothing. */
	JdbcDataSource readOnlyOffline(Path folder, String key) {
		DatabaseSettings settings = offlineSettings(folder, key);
		return (JdbcDataSource) DataSources.create(new DatabaseSettings(connectUrl(settings.url(), false)
				+ ";ACCESS_MODE_DATA=r", settings.user(), settings.password()), LOGIN_TIMEOUT_SECONDS); //$NON-NLS-1$
	}

	/** Closes an embedded database at once, so its files can be deleted or copied. */
	static void shutdown(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("SHUTDOWN");
		} catch (SQLException e) {
			// Already closed.
		}
	}

	@Override
	public void checkReachable(DatabaseSettings settings, Duration timeout, boolean forWork) {
		DataSource dataSource = DataSources.existing(settings, (int) Math.max(1, timeout.toSeconds()));
		// A connect can hang on a dead network longer than any driver timeout: bound it here.
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "pau-connection-check");
			thread.setDaemon(true);
			return thread;
		});
		// The connection made is the answer: both drivers exchange requests with the server to make one
		// (asking it more, as isValid does, cost H2 two more round trips, 80 ms over a VPN; issue 21). Before
		// work it is kept for that work (KeptConnections): made once instead of twice.
		CompletableFuture<Connection> made = CompletableFuture.supplyAsync(() -> {
			try {
				return dataSource.getConnection();
			} catch (SQLException e) {
				throw new CompletionException(e);
			}
		}, executor);
		try {
			Connection connection = made.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (connection.isClosed()) {
				throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), Messages.Fault_connection));
			}
			if (forWork) {
				KeptConnections.keep(KeptConnections.key(settings), connection);
			} else {
				KeptConnections.closeQuietly(connection);
			}
		} catch (ExecutionException e) {
			throw new DataException(
					Messages.bind(Messages.Store_unreachable, settings.url(), DatabaseFault.explain(e.getCause(), settings.url())),
					e.getCause());
		} catch (TimeoutException e) {
			made.thenAccept(KeptConnections::closeQuietly); // should it still come, nobody uses it
			throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(),
					Messages.bind(Messages.Fault_noAnswerWithin, Math.max(1, timeout.toSeconds()))), e);
		} catch (SQLException e) {
			throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), DatabaseFault.explain(e, settings.url())), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			made.thenAccept(KeptConnections::closeQuietly);
			throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), Messages.Fault_connection), e);
		} finally {
			executor.shutdown();
		}
	}
}
