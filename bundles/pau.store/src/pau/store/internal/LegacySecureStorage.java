package pau.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Equinox's default secure storage ({@code ~/.eclipse/org.eclipse.equinox.security/secure_storage}),
 * where releases before issue 9 kept keys and the main database's password. Only read, and entries
 * removed, so offline copies taken with an earlier release still open; nothing new is written here.
 */
public final class LegacySecureStorage {

	private LegacySecureStorage() {
	}

	/** The value kept by an earlier release, or null. */
	public static String get(String path, String key) throws StorageException {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root == null || !root.nodeExists(path)) {
			return null;
		}
		return root.node(path).get(key, null);
	}

	/** Removes an entry an earlier release kept, under the lock of PAU Desk's storage. */
	public static void remove(String path, String key) throws StorageException, IOException {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root == null || !root.nodeExists(path) || !Arrays.asList(root.node(path).keys()).contains(key)) {
			return;
		}
		SecureStorage.locked(() -> {
			root.node(path).remove(key);
			root.flush();
			Path file = Path.of(System.getProperty("user.home"), ".eclipse", "org.eclipse.equinox.security", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"secure_storage"); //$NON-NLS-1$
			if (Files.exists(file)) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
			}
			return null;
		});
	}
}
