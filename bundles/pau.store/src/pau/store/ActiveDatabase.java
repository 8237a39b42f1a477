package pau.store;

/**
 * Which database the application works on now: the main database, or the offline database while
 * offline. The application never holds a database of its own; it asks this service and re-reads
 * when the active database changes (listeners and the EventAdmin topic {@link #TOPIC_CHANGED}).
 */
public interface ActiveDatabase {

	/** EventAdmin topic posted after the active database changed. */
	String TOPIC_CHANGED = "pau/store/ACTIVE_CHANGED";

	/**
	 * The database to read and write now; opens the main database on first use.
	 *
	 * @throws OfflineHeldException while the offline database is held closed ({@link #holdOffline})
	 */
	Store current();

	/** The main database (opened on first use). */
	Store main();

	/** Whether the offline database is active. */
	boolean isOffline();

	/** The main database's settings: from the preferences, the password from secure storage. */
	DatabaseSettings mainSettings();

	/** Changes the main database's settings (closing the open main database). */
	void setMainSettings(DatabaseSettings settings);

	/** Makes the offline store the active database. */
	void activateOffline(Store offline);

	/** Makes the main database active again and closes the offline store. */
	void activateMain();

	/**
	 * Closes the offline store, if open, and makes no database active: the mode is offline but its
	 * copy cannot be worked on now (damaged, key missing, being recovered). Until
	 * {@link #activateOffline} or {@link #activateMain}, {@link #current()} throws an
	 * {@link OfflineHeldException} with this reason, so nothing shows or edits main as if offline.
	 */
	void holdOffline(String reason);

	/** Why the offline database is held closed now, or null when it is not. */
	String heldReason();

	/** Called (on any thread) after the active database changed. */
	void addListener(Runnable listener);

	void removeListener(Runnable listener);

	/**
	 * Upgrades the main database of the current settings to this PAU Desk's schema (it was refused with
	 * {@link SchemaOutdatedException}) and opens it anew; listeners hear that it changed.
	 *
	 * @throws pau.model.DataException when it cannot be reached or a change fails
	 */
	StoreFactory.Migration migrateMain();
}
