package pau.store.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import pau.store.KeyStore;

/**
 * PAU Desk's secure storage: {@code ~/.config/pau-desk/secure-storage}, an Equinox secure-storage file
 * of its own (not the shared default one), mode 0600, in a directory of mode 0700.
 * <p>
 * Several processes use it at once (the GUI, pau-cli runs in other workspaces), and Equinox writes a
 * storage back whole from what it loaded. So every change takes an exclusive lock on
 * {@code secure-storage.lock}, reads the file afresh, changes one entry, writes a temporary file and
 * renames it into place: a change never loses another process's entry, and a reader, which takes no
 * lock, sees the old or the new file, never a half-written one. Each open uses a URL of its own because
 * Equinox caches a storage per URL and would otherwise hand back what it read before.
 * <p>
 * New entries are encrypted under the master password of the Secret Service provider where one runs,
 * otherwise of the key-file provider ({@link KeyStore}); an entry remembers its provider, so entries
 * made under either stay readable.
 */
public final class SecureStorage {

	/** Provider module ids: the extension ids in pau.store's plugin.xml, in the bundle's namespace. */
	public static final String SECRET_SERVICE_MODULE = "pau.store.secretServicePasswordProvider"; //$NON-NLS-1$
	public static final String FILE_MODULE = "pau.store.localPasswordProvider"; //$NON-NLS-1$

	static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
	private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$
	private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$
	private static final long LOCK_WAIT_MILLIS = 60_000;

	/** FileLock is per process: threads of this process queue here first. */
	private static final ReentrantLock IN_PROCESS = new ReentrantLock();
	private static final AtomicLong OPENS = new AtomicLong();

	private SecureStorage() {
	}

	/** {@code ~/.config/pau-desk}; user.home is read each time, so tests can point it elsewhere. */
	public static Path directory() {
		return Path.of(System.getProperty("user.home"), ".config", "pau-desk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The storage file. */
	public static Path file() {
		return directory().resolve("secure-storage"); //$NON-NLS-1$
	}

	/** The lock file every change holds. */
	public static Path lockFile() {
		return directory().resolve("secure-storage.lock"); //$NON-NLS-1$
	}

	/** The file of the fallback master password. */
	public static Path keyFile() {
		return LocalPasswordProvider.file();
	}

	/** Where new entries' master password is: the Secret Service, or the fallback key file. */
	public static KeyStore keyStore() {
		SecretService.Availability availability = SecretService.availability();
		return availability.available() ? new KeyStore(KeyStore.Kind.SECRET_SERVICE, null)
				: new KeyStore(KeyStore.Kind.FILE, availability.reason());
	}

	/**
	 * Whether the fallback warning is due: true once per user while the fallback is in use (a marker
	 * file remembers it), false while the Secret Service is used (and the marker is removed).
	 */
	public static boolean firstTime(boolean fallback) {
		Path marker = directory().resolve("key-file-warning-shown"); //$NON-NLS-1$
		try {
			if (!fallback) {
				Files.deleteIfExists(marker);
				return false;
			}
			createDirectory();
			Files.createFile(marker, OWNER_ONLY);
			return true;
		} catch (java.nio.file.FileAlreadyExistsException e) {
			return false;
		} catch (IOException e) {
			return true; // cannot remember: rather warn again than never
		}
	}

	/** The value stored under this node and key, or null. */
	public static String get(String path, String key) throws StorageException, IOException {
		Path file = file();
		if (!Files.exists(file)) {
			return null;
		}
		ISecurePreferences root = open(file, "#" + OPENS.incrementAndGet(), null); //$NON-NLS-1$
		return root.nodeExists(path) ? root.node(path).get(key, null) : null;
	}

	/** Stores the value encrypted, merged into what other processes stored meanwhile. */
	public static void put(String path, String key, String value) throws StorageException, IOException {
		change(path, key, value);
	}

	/** Removes the entry, if any. */
	public static void remove(String path, String key) throws StorageException, IOException {
		change(path, key, null);
	}

	/** Runs the work while holding the storage's lock (in this process and against others). */
	public static <T> T locked(IoWork<T> work) throws StorageException, IOException {
		createDirectory();
		IN_PROCESS.lock();
		try (FileChannel channel = FileChannel.open(lockFile(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
				OWNER_ONLY); FileLock lock = acquire(channel)) {
			Files.setPosixFilePermissions(lockFile(), FILE_MODE);
			return work.run();
		} finally {
			IN_PROCESS.unlock();
		}
	}

	/** Work on the storage that may fail like the storage. */
	@FunctionalInterface
	public interface IoWork<T> {
		T run() throws StorageException, IOException;
	}

	private static void change(String path, String key, String value) throws StorageException, IOException {
		locked(() -> {
			removeLeftovers();
			KeyStore store = keyStore();
			if (store.kind() == KeyStore.Kind.SECRET_SERVICE) {
				try {
					write(SECRET_SERVICE_MODULE, path, key, value);
					return null;
				} catch (StorageException e) {
					// The Secret Service stopped answering or refused: keep the key rather than lose it.
					SecretService.markUnavailable(String.valueOf(e.getMessage()));
				}
			}
			write(FILE_MODULE, path, key, value);
			return null;
		});
	}

	/**
	 * Temporary files of a writer killed before its rename: only writers holding the lock make them,
	 * so while this process holds it, any that exist are left over.
	 */
	private static void removeLeftovers() throws IOException {
		try (var files = Files.newDirectoryStream(directory(), "secure-storage*.tmp")) { //$NON-NLS-1$
			for (Path leftover : files) {
				Files.deleteIfExists(leftover);
			}
		}
	}

	/** Reads the storage afresh into a temporary file, changes one entry there and renames it into place. */
	private static void write(String module, String path, String key, String value) throws StorageException, IOException {
		Path file = file();
		Path temporary = Files.createTempFile(directory(), "secure-storage", ".tmp", OWNER_ONLY); //$NON-NLS-1$ //$NON-NLS-2$
		ISecurePreferences root = null;
		boolean replaced = false;
		try {
			if (Files.exists(file)) {
				Files.write(temporary, Files.readAllBytes(file)); // keeps the temporary file's mode
			}
			root = open(temporary, "", module); //$NON-NLS-1$
			ISecurePreferences node = root.node(path);
			if (value == null) {
				if (!Arrays.asList(node.keys()).contains(key)) {
					return;
				}
				node.remove(key);
			} else {
				node.put(key, value, true);
				if (!node.isEncrypted(key)) {
					// Equinox stores the value in clear text when headless and given no master password.
					node.remove(key);
					throw new StorageException(StorageException.NO_PASSWORD, pau.store.Messages.bind(
							pau.store.Messages.KeyStore_noMasterPassword, module));
				}
			}
			root.flush();
			Files.setPosixFilePermissions(temporary, FILE_MODE);
			force(temporary);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			replaced = true;
			Files.setPosixFilePermissions(file, FILE_MODE);
			force(directory());
		} finally {
			if (!replaced) {
				discard(root);
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** A storage that was not renamed into place: flushed so Equinox never writes it at shutdown. */
	private static void discard(ISecurePreferences root) {
		if (root != null) {
			try {
				root.flush();
			} catch (IOException | RuntimeException e) {
				// Deleted right after; nothing to keep.
			}
		}
	}

	@SuppressWarnings("deprecation") // Equinox wants a file URL with an unencoded path (see its StorageUtils)
	private static ISecurePreferences open(Path file, String reference, String module) throws IOException {
		URL url;
		try {
			url = new URL("file", "", -1, file.toAbsolutePath().toString() + reference); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (MalformedURLException e) {
			throw new IOException(e.getMessage(), e);
		}
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		if (module != null) {
			options.put(IProviderHints.REQUIRED_MODULE_ID, module);
		}
		ISecurePreferences root = SecurePreferencesFactory.open(url, options);
		if (root == null) {
			throw new IOException(file.toString());
		}
		return root;
	}

	private static FileLock acquire(FileChannel channel) throws IOException {
		long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
		while (true) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return lock;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new IOException(pau.store.Messages.bind(pau.store.Messages.KeyStore_locked, lockFile()));
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(e);
			}
		}
	}

	/** Creates {@code ~/.config/pau-desk} (0700) if missing. */
	static void createDirectory() throws IOException {
		Path directory = directory();
		if (!Files.isDirectory(directory)) {
			Files.createDirectories(directory.getParent());
			try {
				Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// Another process was first.
			}
		}
	}

	/** Writes the file's (or directory's) content through to the disk. */
	static void force(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}
}
