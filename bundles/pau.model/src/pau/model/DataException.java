package pau.model;

/**
 * A failure of reading or writing records, with a message fit for the user.
 */
public class DataException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public DataException(String message) {
		super(message);
	}

	public DataException(String message, Throwable cause) {
		super(message, cause);
	}
}
