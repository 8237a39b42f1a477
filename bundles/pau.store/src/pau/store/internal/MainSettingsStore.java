package pau.store.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import pau.model.DataException;
import pau.store.DatabaseSettings;
import pau.store.Workspace;

/**
 * The main database's settings: URL and user in the instance preferences, the password in PAU Desk's
 * secure storage ({@link SecureStorage}; an earlier release's entry in Equinox's default storage is still read).
 */
final class MainSettingsStore {

	static final String NODE = "pau.store";
	static final String KEY_URL = "main.url";
	static final String KEY_USER = "main.user";
	/**
	 * False when the main database was saved without a password: then the secure storage is not opened to
	 * read one (issue 21: opening and decrypting it cost every command 25-50 ms). Absent for settings an
	 * earlier release saved, which are read from the storage as before.
	 */
	static final String KEY_PASSWORD_STORED = "main.passwordStored";
	private static final String SECURE_NODE = "/pau/main-database";

	private MainSettingsStore() {
	}

	/** The embedded default: an H2 file under the instance location, shared with pau-cli through AUTO_SERVER. */
	static String defaultUrl() {
		return "jdbc:h2:file:" + instanceDirectory().resolve("database").resolve("main") + ";AUTO_SERVER=TRUE";
	}

	static Path instanceDirectory() {
		return Workspace.directory();
	}

	static boolean isDefault(DatabaseSettings settings) {
		return settings.url().equals(defaultUrl());
	}

	static DatabaseSettings load() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		String url = preferences.get(KEY_URL, defaultUrl());
		String user = preferences.get(KEY_USER, DatabaseSettings.DEFAULT_USER);
		String password = "";
		if (preferences.getBoolean(KEY_PASSWORD_STORED, true)) {
			try {
				String stored = SecureStorage.get(SECURE_NODE, passwordKey(url));
				if (stored == null) {
					stored = LegacySecureStorage.get(SECURE_NODE, passwordKey(url));
				}
				password = stored != null ? stored : "";
			} catch (StorageException | IOException | RuntimeException e) {
				// No stored password: H2's default is empty.
			}
		}
		return new DatabaseSettings(url, user, password);
	}

	static void save(DatabaseSettings settings) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		preferences.put(KEY_URL, settings.url());
		preferences.put(KEY_USER, settings.user());
		boolean stored = !settings.password().isEmpty();
		preferences.putBoolean(KEY_PASSWORD_STORED, stored);
		try {
			preferences.flush();
			if (stored) {
				// An entry of the same URL saved with a password by another workspace stays: it is its own.
				SecureStorage.put(SECURE_NODE, passwordKey(settings.url()), settings.password());
			}
		} catch (BackingStoreException | StorageException | IOException e) {
			throw new DataException(e.getMessage(), e);
		}
	}

	private static String passwordKey(String url) {
		return Integer.toHexString(url.hashCode());
	}
}
