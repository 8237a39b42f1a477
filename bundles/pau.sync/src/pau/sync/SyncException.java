package pau.sync;

/**
 * The sync engine cannot do what was asked; the message is for the user. Nothing was half-done.
 */
public class SyncException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	/** Why, so callers (the command line) can map it to an exit code. */
	public enum Reason {
		/** The main database cannot be reached. */
		UNREACHABLE,
		/** Not possible in the current mode (already offline, or not offline). */
		WRONG_MODE,
		/** Refused for safety: another main database, another schema version (B11). */
		REFUSED,
		/**
		 * Refused as damage (B17): data whose integrity evidence does not hold (a damaged offline
		 * database, a document whose content does not match its SHA-256); nothing was copied or merged.
		 */
		DAMAGED,
		/** The local disk is full (going offline); the partial copy was removed, nothing was changed. */
		DISK_FULL,
		/** A request that names nothing valid (unknown procedures). */
		BAD_REQUEST,
		/**
		 * B13: the value to restore was changed in main again since the synchronization; nothing was
		 * written.
		 */
		CHANGED_AGAIN,
		/**
		 * Issue 20: others kept main's rows locked or changing through every bounded attempt (an office
		 * synchronizing at once); main is unchanged and the offline work kept. Try again; exit 3 like an
		 * unreachable main, because main could not be used now.
		 */
		BUSY,
		/** Any other failure; main and the offline database are as they were. */
		FAILED
	}

	private final Reason reason;

	public SyncException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public SyncException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
