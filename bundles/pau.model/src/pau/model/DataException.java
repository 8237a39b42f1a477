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

	/**
	 * The message of the deepest cause, on one line (drivers append the SQL statement on further
	 * lines), to tell the user what went wrong.
	 */
	public static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse(message).strip();
	}
}
