package pau.store;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import pau.model.DataException;

/**
 * Encryption keys of offline databases (B4). When the environment variable {@value #ENVIRONMENT_VARIABLE}
 * is set, it is the key, so administrators and tests can open the database with any H2 client;
 * otherwise a random key is generated at checkout and kept in Equinox secure storage.
 */
public final class OfflineKeys {

	/** Environment variable that, when set, is the offline database's key. */
	public static final String ENVIRONMENT_VARIABLE = "PAU_OFFLINE_KEY";

	private static final String NODE = "/pau/offline-keys";

	private OfflineKeys() {
	}

	/** The key for a new offline database with this id. */
	public static String create(String offlineId) {
		String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String key = HexFormat.of().formatHex(random);
		try {
			ISecurePreferences node = SecurePreferencesFactory.getDefault().node(NODE);
			node.put(offlineId, key, true);
			node.flush();
		} catch (StorageException | java.io.IOException | RuntimeException e) {
			throw new DataException(Messages.bind(Messages.Keys_unavailable, e.getMessage()), e);
		}
		return key;
	}

	/** The key of the existing offline database with this id. */
	public static String get(String offlineId) {
		String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		try {
			String key = SecurePreferencesFactory.getDefault().node(NODE).get(offlineId, null);
			if (key == null) {
				throw new DataException(Messages.bind(Messages.Keys_unavailable, offlineId));
			}
			return key;
		} catch (StorageException | RuntimeException e) {
			if (e instanceof DataException data) {
				throw data;
			}
			throw new DataException(Messages.bind(Messages.Keys_unavailable, e.getMessage()), e);
		}
	}

	/** Forgets the key once its offline database is gone. */
	public static void forget(String offlineId) {
		try {
			ISecurePreferences node = SecurePreferencesFactory.getDefault().node(NODE);
			node.remove(offlineId);
			node.flush();
		} catch (java.io.IOException | RuntimeException e) {
			// Nothing to protect any more: the database it opened is deleted.
		}
	}
}
