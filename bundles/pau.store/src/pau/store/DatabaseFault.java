package pau.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;

/**
 * What went wrong with a database, told in words. The drivers' own texts carry error numbers
 * ("Database is already closed … [90121-240]") and are no message for a user; this classifies a
 * failure by SQLState, vendor code and cause, so that callers can choose an exit code and a message.
 */
public enum DatabaseFault {
	/** The server does not answer, or the connection broke (a server that died, a network that dropped). */
	CONNECTION,
	/** The URL names no existing database. */
	NOT_FOUND,
	/** The user name or the password was rejected. */
	LOGIN,
	/** A disk (local, or the server's) is full. */
	DISK_FULL,
	/** Not enough memory (in this program, or on the server). */
	OUT_OF_MEMORY,
	/** The database's file is open in another program (H2 found it locked). */
	IN_USE,
	/** Anything else. */
	OTHER;

	private static final Pattern H2_ERROR_NUMBER = Pattern.compile("\\s*\\[(\\d{5}-\\d+|[\\d.]+/\\d+)\\]"); //$NON-NLS-1$

	/**
	 * Classifies a failure of the database at the URL. Error codes that mean a broken connection on a
	 * server URL ("database is already closed", I/O errors) mean a local fault on an embedded one.
	 */
	public static DatabaseFault of(Throwable failure, String url) {
		boolean remote = isRemote(url);
		DatabaseFault found = OTHER;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			DatabaseFault fault = classify(t, remote);
			for (Throwable suppressed : t.getSuppressed()) {
				DatabaseFault other = of(suppressed, url);
				if (other == DISK_FULL || other == OUT_OF_MEMORY) {
					fault = other;
				}
			}
			if (fault == DISK_FULL || fault == OUT_OF_MEMORY) {
				return fault; // the real reason wins over its consequences ("connection broken")
			}
			if (found == OTHER) {
				found = fault;
			}
		}
		return found;
	}

	private static DatabaseFault classify(Throwable t, boolean remote) {
		if (t instanceof OutOfMemoryError) {
			return OUT_OF_MEMORY;
		}
		String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (message.contains("java heap space") || message.contains("outofmemoryerror")) { //$NON-NLS-1$ //$NON-NLS-2$
			return OUT_OF_MEMORY; // a driver that closed its connection after running out of memory
		}
		if (message.contains("no space left on device") || message.contains("disk quota exceeded") //$NON-NLS-1$ //$NON-NLS-2$
				|| message.contains("not enough space on the disk")) { //$NON-NLS-1$
			return DISK_FULL;
		}
		// H2's store: "The file is locked" (MVStoreException 7).
		if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && message.startsWith("the file is locked")) { //$NON-NLS-1$ //$NON-NLS-2$
			return IN_USE;
		}
		if (t instanceof SQLException sql) {
			String state = sql.getSQLState() == null ? "" : sql.getSQLState(); //$NON-NLS-1$
			int code = sql.getErrorCode();
			// H2: 90020 database may be already in use (its file locked by another process).
			if (code == 90020) {
				return IN_USE;
			}
			// H2: 90100 no disk space; PostgreSQL: 53100 disk full.
			if (code == 90100 || state.equals("53100")) { //$NON-NLS-1$
				return DISK_FULL;
			}
			// H2: 90108 out of memory; PostgreSQL: 53200 out of memory.
			if (code == 90108 || state.equals("53200")) { //$NON-NLS-1$
				return OUT_OF_MEMORY;
			}
			// H2: 90013, 90146, 90149 database not found; PostgreSQL: 3D000 invalid catalog name.
			if (code == 90013 || code == 90146 || code == 90149 || state.equals("3D000")) { //$NON-NLS-1$
				return NOT_FOUND;
			}
			// 28000 (H2 and PostgreSQL), 28P01: wrong user name or password; 08004: the server rejected
			// the connection (PostgreSQL: a password was required and none given, or pg_hba.conf said no).
			if (state.startsWith("28") || state.equals("08004")) { //$NON-NLS-1$ //$NON-NLS-2$
				return LOGIN;
			}
			// 08xxx connection exceptions; H2 90067 connection broken; PostgreSQL 57P01-57P03 the
			// server shuts down or restarts.
			if (state.startsWith("08") || code == 90067 || state.startsWith("57P")) { //$NON-NLS-1$ //$NON-NLS-2$
				return CONNECTION;
			}
			// H2 90121 "already closed", 90098 "has been closed", 90028/90031 I/O errors: on a server URL
			// the server has gone away.
			if (remote && (code == 90121 || code == 90098 || code == 90028 || code == 90031)) {
				return CONNECTION;
			}
		}
		if (remote && t instanceof IOException) {
			return CONNECTION;
		}
		return OTHER;
	}

	/** Whether the URL reaches a database server over the network (H2 TCP/SSL, PostgreSQL). */
	public static boolean isRemote(String url) {
		String lower = url == null ? "" : url.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:") //$NON-NLS-1$ //$NON-NLS-2$
				|| lower.startsWith("jdbc:postgresql:"); //$NON-NLS-1$
	}

	/** What this fault is, in words; for {@link #OTHER} the deepest message without error numbers. */
	public String describe(Throwable failure) {
		return switch (this) {
		case CONNECTION -> Messages.Fault_connection;
		case NOT_FOUND -> Messages.Fault_notFound;
		case LOGIN -> Messages.Fault_login;
		case DISK_FULL -> Messages.Fault_diskFull;
		case OUT_OF_MEMORY -> Messages.Fault_outOfMemory;
		case IN_USE -> Messages.Fault_inUse;
		case OTHER -> plainMessage(failure);
		};
	}

	/** Classifies the failure and describes it: {@code of(failure, url).describe(failure)}. */
	public static String explain(Throwable failure, String url) {
		return of(failure, url).describe(failure);
	}

	/** The deepest message on one line, without H2's error numbers ("[90121-240]"). */
	public static String plainMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		String line = message.lines().findFirst().orElse(message).strip();
		return H2_ERROR_NUMBER.matcher(line).replaceAll("").strip(); //$NON-NLS-1$
	}

	/**
	 * Logs a failure that costs no work as a warning, unless the disk is full: the platform log is on
	 * that disk, and Equinox would answer with its own stack trace on the console, which is the
	 * command line's output. A full disk is said to the user by whatever they asked for next.
	 */
	public static void warn(Class<?> from, String message, Throwable failure) {
		if (of(failure, "") != DISK_FULL) { //$NON-NLS-1$
			ILog.of(from).warn(message, failure);
		}
	}
}
