package pau.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.eclipse.core.runtime.ILog;

import pau.store.DatabaseFault;
import pau.store.DurableFiles;
import pau.store.StepTimes;

/**
 * Rolling backups of an offline database (B17): online backups of its file, which is encrypted, so
 * the backups are too, in zip archives that are not deflated ({@link H2FileBackup}). Taken when the copy is made, before a synchronization, and in
 * the background after every {@value #EVERY_COMMITS} commits or {@link #EVERY} of work; the newest
 * {@value #KEEP} are kept in {@code backups/} next to the database.
 * <p>
 * A backup is a promise: it is taken only of a copy that has just read back whole
 * ({@link OfflineVerifier}: every value, digest, index and document), so a damaged file is never backed
 * up and rotation can never push the newest intact backup out. Its name records when it was taken and
 * how many sealed changes it holds. A backup that could not be finished (a full disk, a kill) leaves no
 * file behind.
 */
final class OfflineBackups {

	static final int KEEP = 2;
	static final int EVERY_COMMITS = 25;
	static final Duration EVERY = Duration.ofMinutes(10);
	/** How long after opening a copy another client changed its backup waits for one taken anyway. */
	static final Duration LATER = Duration.ofSeconds(5);
	private static final String PREFIX = "offline-"; //$NON-NLS-1$
	private static final String SUFFIX = ".zip"; //$NON-NLS-1$

	/** One backup file; its time is when it was taken, its sequence the seal's count just before. */
	record Backup(Path file, Instant takenAt, long sequence) {
	}

	private final Path directory;
	private long backedUp = -1;
	private Instant backedUpAt = Instant.now();
	private boolean running;
	private boolean laterDue;
	private final Object taking = new Object();
	private ScheduledThreadPoolExecutor executor;

	OfflineBackups(Path offlineDirectory) {
		this.directory = offlineDirectory.resolve("backups"); //$NON-NLS-1$
		removeUnfinished(directory);
		try {
			List<Backup> existing = list();
			if (!existing.isEmpty()) {
				backedUp = existing.get(0).sequence();
				backedUpAt = existing.get(0).takenAt();
			}
		} catch (IOException e) {
			// No backups readable: the next commit takes one.
		}
	}

	/** Backups, newest first. */
	List<Backup> list() throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(OfflineBackups::parse).filter(b -> b != null)
					.sorted(Comparator.comparing(Backup::takenAt).reversed()).toList();
		}
	}

	private static Backup parse(Path file) {
		String name = file.getFileName().toString();
		if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
			return null;
		}
		String[] parts = name.substring(PREFIX.length(), name.length() - SUFFIX.length()).split("-s"); //$NON-NLS-1$
		try {
			return new Backup(file, Instant.ofEpochMilli(Long.parseLong(parts[0])), parts.length > 1 ? Long.parseLong(parts[1]) : 0);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Whether the newest backup already holds commit {@code sequence}. */
	synchronized boolean holds(long sequence) {
		return sequence >= 0 && sequence <= backedUp;
	}

	/** Backups a crash or a full disk left unfinished: never counted, so removed. */
	private static void removeUnfinished(Path directory) {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) { //$NON-NLS-1$
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			ILog.of(OfflineBackups.class).warn("Cannot remove unfinished backups in " + directory, e); //$NON-NLS-1$
		}
	}

	/**
	 * Whether the database file changed after the newest backup was taken (by PAU Desk or by another
	 * H2 client, whose commits the seal does not count).
	 */
	boolean isBehind(Path databaseFile) {
		try {
			List<Backup> existing = list();
			return existing.isEmpty()
					|| Files.getLastModifiedTime(databaseFile).toInstant().isAfter(existing.get(0).takenAt());
		} catch (IOException e) {
			return true;
		}
	}

	/** Remembers how PAU Desk left the file, to see at the next open whether another client wrote to it. */
	static void markClosed(Path databaseFile) {
		try {
			Files.writeString(closedMarker(databaseFile), fingerprint(databaseFile));
		} catch (IOException e) {
			// Only a hint for taking a backup sooner.
		}
	}

	/** Whether the file changed after PAU Desk last closed it. */
	static boolean changedSinceClosed(Path databaseFile) {
		Path marker = closedMarker(databaseFile);
		try {
			return Files.exists(marker) && !Files.readString(marker).equals(fingerprint(databaseFile));
		} catch (IOException e) {
			return true;
		}
	}

	private static Path closedMarker(Path databaseFile) {
		return databaseFile.resolveSibling("offline.closed"); //$NON-NLS-1$
	}

	private static String fingerprint(Path file) throws IOException {
		return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file); //$NON-NLS-1$
	}

	/**
	 * Takes a backup in the background {@link #LATER} from now, for work another client did while PAU Desk
	 * was closed, unless one is begun before then: a synchronization, the usual reason to open the copy from
	 * the command line, backs it up itself, and reading the copy back whole twice at once would slow it down.
	 */
	synchronized void later(DataSource database, long sequence) {
		backedUpAt = Instant.EPOCH;
		laterDue = true;
		long due = Math.max(sequence, backedUp + 1);
		executor().schedule(() -> {
			synchronized (this) {
				if (laterDue) {
					afterCommit(database, due);
				}
			}
		}, LATER.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * A backup has begun elsewhere (a synchronization's, which reads the copy back whole first): the one
	 * {@link #later} would take is not taken. Two whole read-backs at once each took as long as both.
	 */
	synchronized void begun() {
		laterDue = false;
	}

	/** Takes a backup in the background when enough work was done since the last one. */
	synchronized void afterCommit(DataSource database, long sequence) {
		boolean due = sequence - backedUp >= EVERY_COMMITS
				|| sequence > backedUp && Duration.between(backedUpAt, Instant.now()).compareTo(EVERY) >= 0;
		if (!due || running) {
			return;
		}
		running = true;
		executor().execute(() -> {
			try {
				take(database, sequence, false);
			} catch (SQLException | IOException | RuntimeException e) {
				DatabaseFault.warn(OfflineBackups.class, "Offline backup failed", e); //$NON-NLS-1$
			} finally {
				synchronized (this) {
					running = false;
				}
			}
		});
	}

	/**
	 * Takes a backup now. Unless {@code verified} (the caller has just read the copy back whole, and
	 * nothing wrote since), the copy is read back whole first.
	 *
	 * @throws pau.store.OfflineDamagedException when the copy does not read back: no backup is made
	 */
	void take(DataSource database, long sequence, boolean verified) throws SQLException, IOException {
		// One at a time: a background backup and a synchronization's, begun in the same millisecond, named
		// their files alike and one removed the other's (seen once the check before a backup took 2 ms).
		synchronized (taking) {
			takeNow(database, sequence, verified);
		}
	}

	private void takeNow(DataSource database, long sequence, boolean verified) throws SQLException, IOException {
		begun();
		long holds = sequence;
		if (!verified) {
			try (Connection connection = database.getConnection()) {
				holds = OfflineVerifier.verify(connection, directory.getParent().toString(),
						directory.resolveSibling(StoreFactoryComponent.OFFLINE_NAME + ".mv.db")); //$NON-NLS-1$
			}
		}
		Files.createDirectories(directory);
		Instant now = Instant.now();
		Path file = directory.resolve(PREFIX + now.toEpochMilli() + "-s" + Math.max(0, holds) + SUFFIX); //$NON-NLS-1$
		Path partial = directory.resolve(file.getFileName() + ".part"); //$NON-NLS-1$
		long started = System.nanoTime();
		try {
			try (Connection connection = database.getConnection()) {
				H2FileBackup.write(connection, partial);
			}
			try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			DurableFiles.forceDirectory(directory);
		} finally {
			Files.deleteIfExists(partial); // a full disk or a failed copy leaves nothing half-written
			StepTimes.since(StepTimes.BACKUP, started);
		}
		synchronized (this) {
			backedUp = Math.max(backedUp, holds);
			backedUpAt = now;
		}
		// Every backup kept was taken of a copy that read back whole: the newest are the ones to keep.
		List<Backup> all = list();
		for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
			Files.deleteIfExists(old.file());
		}
	}

	/** Unpacks a backup's database file into the folder; returns the file. */
	static Path extract(Backup backup, Path into) throws IOException {
		Files.createDirectories(into);
		try (InputStream in = Files.newInputStream(backup.file()); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = Path.of(entry.getName()).getFileName().toString();
				if (name.endsWith(".mv.db")) { //$NON-NLS-1$
					Path target = into.resolve(StoreFactoryComponent.OFFLINE_NAME + ".mv.db"); //$NON-NLS-1$
					Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
					return target;
				}
			}
		}
		throw new IOException("No database in " + backup.file()); //$NON-NLS-1$
	}

	/**
	 * Lets a backup under way finish. Waits without holding this object's lock: the backup takes it to
	 * record itself, and waiting with it held stalled every close during a backup for the full 30 s.
	 */
	private synchronized ScheduledThreadPoolExecutor executor() {
		if (executor == null) {
			executor = new ScheduledThreadPoolExecutor(1, r -> {
				Thread thread = new Thread(r, "pau-offline-backup"); //$NON-NLS-1$
				thread.setDaemon(true);
				return thread;
			});
			// Closing waits for a backup under way, not for one not yet due.
			executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		}
		return executor;
	}

	void close() {
		ExecutorService stopping;
		synchronized (this) {
			stopping = executor;
			executor = null;
		}
		if (stopping != null) {
			stopping.shutdown();
			try {
				stopping.awaitTermination(30, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
