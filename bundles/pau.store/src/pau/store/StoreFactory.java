package pau.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens databases. A service (Declarative Services).
 */
public interface StoreFactory {

	/**
	 * Opens an existing main database, creating the schema when it holds none. A URL that names no
	 * existing database is an error: a typo never creates a new, empty main database.
	 *
	 * @throws pau.model.DataException with a clear message when it cannot be reached, does not exist or
	 *             its schema is of another version
	 */
	Store openMain(DatabaseSettings settings);

	/**
	 * Opens a main database, creating it (H2) and its schema when missing: for the explicit commands
	 * that make a new main database ({@code pau-cli init-main}, {@code demo-data}) and the
	 * application's embedded default. {@link Store#createdNow()} tells whether the schema was created.
	 */
	Store createMain(DatabaseSettings settings);

	/**
	 * Creates a new encrypted offline database in the directory (which must not hold one yet).
	 *
	 * @param key the encryption key (see {@link OfflineKeys})
	 */
	Store createOffline(Path directory, String key);

	/** Opens the encrypted offline database in the directory. */
	Store openOffline(Path directory, String key);

	/** The settings of the offline database in the directory: URL, user PAU, password "key ". */
	DatabaseSettings offlineSettings(Path directory, String key);

	/**
	 * Checks that the database answers within the timeout.
	 *
	 * @throws pau.model.DataException with the reason when it does not
	 */
	void checkReachable(DatabaseSettings settings, Duration timeout);
}
