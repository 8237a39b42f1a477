package pau.store;

import pau.model.DataException;

/**
 * The offline database is damaged: it cannot be read, or it holds fewer saved changes than were made
 * in it (its file fell back to an older state). It is never merged; a backup can be restored
 * ({@link StoreFactory#recoverOffline}).
 */
public class OfflineDamagedException extends DataException {
	private static final long serialVersionUID = 1L;

	public OfflineDamagedException(String message) {
		super(message);
	}

	public OfflineDamagedException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * The damage H2 met in the offline database at {@code where}, in words: a file that ends before its
	 * own data is said to be cut; otherwise H2's own words are given in brackets.
	 */
	public static OfflineDamagedException unreadable(Object where, Throwable failure) {
		String message = isCut(failure) ? Messages.bind(Messages.Store_offlineTruncated, where)
				: Messages.bind(Messages.Store_offlineUnreadable, where, DataException.rootMessage(failure));
		return new OfflineDamagedException(message, failure);
	}

	/**
	 * Whether a failure is H2 finding its file damaged (a page or chunk that does not read back), as
	 * opposed to a network or logic failure.
	 */
	public static boolean isCorruption(Throwable failure) {
		DatabaseFault fault = DatabaseFault.of(failure, ""); //$NON-NLS-1$
		if (fault == DatabaseFault.OUT_OF_MEMORY || fault == DatabaseFault.DISK_FULL) {
			return false; // H2 wraps running out of memory in its store exception: never damage
		}
		for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
			if (e instanceof OfflineDamagedException) {
				return true;
			}
			// 90030: FILE_CORRUPTED_1; MVStore reports damage in its own exception type.
			if (e instanceof java.sql.SQLException sql && sql.getErrorCode() == 90030) {
				return true;
			}
			if (isCut(e)) {
				return true;
			}
			String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (e.getClass().getName().startsWith("org.h2.") //$NON-NLS-1$
					&& (message.contains("corrupt") || message.contains("mvstoreexception") //$NON-NLS-1$ //$NON-NLS-2$
							|| message.contains("unable to read the page") //$NON-NLS-1$
							|| message.contains("chunk") && message.contains("not found"))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	/**
	 * A file shorter than its own structure (cut to its header, say): H2's store fails reading it at the
	 * end of the file. Only the store's own exception: an EOF under a driver's socket is a network.
	 */
	private static boolean isCut(Throwable failure) {
		for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
			if ("org.h2.mvstore.MVStoreException".equals(e.getClass().getName()) //$NON-NLS-1$
					&& e.getCause() instanceof java.io.EOFException) {
				return true;
			}
		}
		return false;
	}
}
