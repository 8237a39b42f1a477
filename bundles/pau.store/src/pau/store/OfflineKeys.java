package pau.store;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.equinox.security.storage.StorageException;

import pau.model.DataException;
import pau.store.internal.LegacySecureStorage;
import pau.store.internal.SecureStorage;

/**
 * Encryption keys of offline databases (B4). When the environment variable {@value #ENVIRONMENT_VARIABLE}
 * is set, it is the key, so administrators and tests can open the database with any H2 client;
 * otherwise a random key is generated at checkout and kept in PAU Desk's secure storage, whose master
 * password is in the desktop's Secret Service where one runs ({@link KeyStore}). Processes that create
 * and forget keys at the same time never lose each other's keys.
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
			SecureStorage.put(NODE, offlineId, key);
			if (!key.equals(SecureStorage.get(NODE, offlineId))) {
				throw new DataException(Messages.bind(Messages.Keys_unavailable, offlineId));
			}
		} catch (StorageException | IOException | RuntimeException e) {
			if (e instanceof DataException data) {
				throw data;
			}
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
			String key = SecureStorage.get(NODE, offlineId);
			if (key == null) {
				key = LegacySecureStorage.get(NODE, offlineId); // kept by an earlier release
			}
			if (key == null) {
				throw new DataException(Messages.bind(Messages.Keys_unavailable, offlineId));
			}
			return key;
		} catch (StorageException | IOException | RuntimeException e) {
			if (e instanceof DataException data) {
				throw data;
			}
			throw new DataException(Messages.bind(Messages.Keys_unavailable, e.getMessage()), e);
		}
	}

	/** Forgets the key once its offline database is gone. */
	public static void forget(String offlineId) {
		try {
			SecureStorage.remove(NODE, offlineId);
			LegacySecureStorage.remove(NODE, offlineId);
		} catch (StorageException | IOException | RuntimeException e) {
			// Nothing to protect any more: the database it opened is deleted.
		}
	}
}
