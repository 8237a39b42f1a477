package pau.sync;

/**
 * The working mode of the application.
 */
public enum Mode {
	/** Working against the main database. */
	MAIN,
	/** Working against the offline database, out of the office. */
	OFFLINE
}
