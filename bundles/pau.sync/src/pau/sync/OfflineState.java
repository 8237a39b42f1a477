package pau.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The persisted working mode, and while offline everything needed to find the offline database
 * and to merge it back into the database it came from.
 *
 * @param mode MAIN or OFFLINE
 * @param checkoutId id of this checkout (also names the offline database's key)
 * @param procedures ids of the procedures taken offline
 * @param since when the checkout was made
 * @param offlineDirectory where the offline database lies
 * @param offlineUrl JDBC URL of the offline database (without key)
 * @param originDatabaseId identity of the main database the copy came from (B11)
 * @param originUrl URL of that main database
 * @param schemaVersion schema version at checkout (B11)
 * @param lastSync when the work was last handed in without leaving offline mode (issue 20), or null
 */
public record OfflineState(Mode mode, UUID checkoutId, List<UUID> procedures, Instant since, Path offlineDirectory,
		String offlineUrl, UUID originDatabaseId, String originUrl, int schemaVersion, Instant lastSync) {

	/** A state that was never synchronized while offline. */
	public OfflineState(Mode mode, UUID checkoutId, List<UUID> procedures, Instant since, Path offlineDirectory,
			String offlineUrl, UUID originDatabaseId, String originUrl, int schemaVersion) {
		this(mode, checkoutId, procedures, since, offlineDirectory, offlineUrl, originDatabaseId, originUrl, schemaVersion,
				null);
	}

	/** The state of main mode. */
	public static final OfflineState MAIN = new OfflineState(Mode.MAIN, null, List.of(), null, null, null, null, null, 0);

	public boolean isOffline() {
		return mode == Mode.OFFLINE;
	}
}
