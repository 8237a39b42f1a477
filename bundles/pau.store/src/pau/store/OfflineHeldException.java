package pau.store;

import pau.model.DataException;

/**
 * The workspace is in offline mode but its offline database is not open (damaged, its key missing,
 * being recovered): the application is held off every database rather than shown main's data under
 * an "Offline mode" title (issue 19). The message says why, in words.
 */
public class OfflineHeldException extends DataException {

	private static final long serialVersionUID = 1L;

	public OfflineHeldException(String message) {
		super(message);
	}
}
