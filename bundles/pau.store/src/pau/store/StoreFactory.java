package pau.store;

import java.net.URL;
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
	 *             its schema is newer
	 * @throws SchemaOutdatedException when its schema is older: {@link #migrateMain} upgrades it
	 */
	Store openMain(DatabaseSettings settings);

	/** What {@link #migrateMain} did: the schema version before (0: none) and after. */
	record Migration(String url, int from, int to) {
	}

	/**
	 * Upgrades an existing main database to the schema of this PAU Desk (an administrator's step):
	 * runs the changelog's change sets it does not hold yet. Nothing happens when it is current.
	 *
	 * @throws pau.model.DataException when it cannot be reached, is newer, or a change fails
	 */
	Migration migrateMain(DatabaseSettings settings);

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
	default Store createOffline(Path directory, String key) {
		return createOffline(directory, key, null);
	}

	/**
	 * As {@link #createOffline(Path, String)}, its schema made by running this H2 script instead (issue 21,
	 * item 5): what the store's own schema and the caller's tables make of an empty copy, written once per
	 * build and verified by the caller's test to make exactly what the changelog and the caller's statements
	 * make. The script must hold no copy's identity; the copy is given its own.
	 *
	 * @param schemaScript the script, or null for the store's own schema
	 */
	Store createOffline(Path directory, String key, URL schemaScript);

	/**
	 * Opens the encrypted offline database in the directory. Every commit through the store's data
	 * source is durable when it returns and sealed (B17).
	 *
	 * @throws OfflineDamagedException when the database is damaged or holds fewer commits than were
	 *             made in it
	 */
	Store openOffline(Path directory, String key);

	/**
	 * Opens the offline database in the directory to read only (B2): neither the file, nor its seal, nor
	 * its backups change, not even when it closes. Its seal is compared, not recorded.
	 *
	 * @throws OfflineDamagedException when the database is damaged or holds fewer commits than were
	 *             made in it
	 * @throws SchemaOutdatedException when the copy was made by an older release (it is migrated only
	 *             when opened for work, {@link #openOffline})
	 */
	Store inspectOffline(Path directory, String key);

	/**
	 * Reads an open offline database back whole (every value as its type, every row digest, every index,
	 * every document against its SHA-256), then takes a backup of it unless the newest backup already
	 * holds its last commit. A copy that does not read back is never backed up.
	 *
	 * @throws OfflineDamagedException when it does not read back whole
	 * @throws pau.model.DataException when the backup cannot be written (a full disk: nothing half-written
	 *             is left)
	 */
	void backupOffline(Store offline);

	/**
	 * Takes the first backup of an offline database {@link #createOffline created} and filled in this
	 * process, as written, without reading it back first (issue 21): no backup exists that it could push
	 * out, its row digests were computed by H2 as the rows were written, the caller checked its document
	 * content against the SHA-256 on the way, and a read-back right after the writes reads the system's
	 * file cache, not the disk. Every later backup is taken by {@link #backupOffline}, of a copy that
	 * read back whole; recovery reads every backup back whole before restoring it.
	 *
	 * @throws pau.model.DataException when the backup cannot be written (nothing half-written is left)
	 */
	void backupNewOffline(Store offline);

	/**
	 * Makes a large offline database just {@link #createOffline created} and filled as small as its data
	 * (issue 21): the copy of many procedures in one transaction leaves two thirds of its file unused, which
	 * every backup and every read of the file would carry. Closes the store, compacts the file and opens it
	 * again; a copy that is small or mostly used is returned as it is. Only the file's size changes.
	 *
	 * @return the store to go on with (the same, or the one opened again)
	 * @throws OfflineDamagedException when it cannot be opened again
	 */
	Store compactNewOffline(Store offline, Path directory, String key);

	/**
	 * Reads an open offline database back whole, as {@link #backupOffline} does, writing nothing.
	 *
	 * @throws OfflineDamagedException when it does not read back whole
	 */
	void verifyOffline(Store offline);

	/**
	 * Reads a closed offline database back whole (every row, every document against its SHA-256) and
	 * compares it with its seal; when it is damaged, restores its newest intact backup and moves the
	 * damaged file into {@code quarantine} (never deletes it).
	 *
	 * @return what was restored, or null when the database is intact and nothing was changed
	 * @throws pau.model.DataException when no backup is intact (nothing was changed)
	 */
	OfflineRecovery recoverOffline(Path directory, String key, Path quarantine);

	/** The settings of the offline database in the directory: URL, user PAU, password "key ". */
	DatabaseSettings offlineSettings(Path directory, String key);

	/**
	 * Checks that the database answers within the timeout.
	 *
	 * @throws pau.model.DataException with the reason when it does not
	 */
	default void checkReachable(DatabaseSettings settings, Duration timeout) {
		checkReachable(settings, timeout, false);
	}

	/**
	 * As {@link #checkReachable(DatabaseSettings, Duration)}; with {@code forWork}, the connection that
	 * answered is kept a few seconds for the work that follows at once on the same database (a server's:
	 * making a connection is 4-6 round trips over the office VPN). Only for a check right before work: a
	 * connection kept by a check that nothing follows could outlive its server's restart.
	 */
	void checkReachable(DatabaseSettings settings, Duration timeout, boolean forWork);
}
