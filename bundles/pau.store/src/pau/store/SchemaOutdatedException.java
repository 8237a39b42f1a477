package pau.store;

import pau.model.DataException;

/**
 * The main database holds an older schema than this PAU Desk works with: an administrator upgrades it
 * ({@code pau-cli migrate}, or the application's offer) before anyone works with it.
 */
public class SchemaOutdatedException extends DataException {

	private static final long serialVersionUID = 1L;

	private final int found;
	private final int needed;

	public SchemaOutdatedException(String url, int found, int needed) {
		super(Messages.bind(Messages.Store_olderSchema, new Object[] { url, found, needed }));
		this.found = found;
		this.needed = needed;
	}

	/** The schema version the database holds. */
	public int found() {
		return found;
	}

	/** The schema version this PAU Desk works with. */
	public int needed() {
		return needed;
	}
}
