package pau.store;

/**
 * Version of the public database schema shared by the main and the offline database.
 */
public final class SchemaInfo {

	/** Incremented whenever the public schema changes; recorded in every database. */
	public static final int VERSION = 2;

	private SchemaInfo() {
	}
}
