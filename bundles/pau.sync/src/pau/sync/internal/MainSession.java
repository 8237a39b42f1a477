package pau.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import pau.store.Dialect;

/**
 * A session on main set up in as few requests as the drivers allow: over an office VPN every request is a
 * round trip (issue 21). H2's driver changes the isolation level in four requests (it commits first, and
 * prepares each command before running it); one statement holding all the settings, auto-commit's too,
 * costs two, and H2's server commits before it changes the level, as the driver did. PostgreSQL takes the
 * settings in one request outside a transaction, and its driver's own change of the level inside one.
 */
final class MainSession {

	private MainSession() {
	}

	/**
	 * Sets up a session just opened (auto-commit still on) for one transaction: the isolation level, with
	 * {@code lockTimeout} also the wait for colleagues' row locks ({@link MainRowLocks#LOCK_TIMEOUT_SECONDS}),
	 * then auto-commit off.
	 */
	static void begin(Connection main, Dialect dialect, int isolation, boolean lockTimeout) throws SQLException {
		StringBuilder settings = new StringBuilder();
		if (lockTimeout) {
			settings.append(dialect == Dialect.POSTGRESQL
					? "SET lock_timeout = '" + MainRowLocks.LOCK_TIMEOUT_SECONDS + "s'; " //$NON-NLS-1$ //$NON-NLS-2$
					: "SET LOCK_TIMEOUT " + MainRowLocks.LOCK_TIMEOUT_SECONDS * 1000 + "; "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		settings.append(isolationStatement(isolation));
		if (dialect == Dialect.H2) {
			// H2's server answers a change with its auto-commit, which its driver takes: a request fewer
			settings.append("; SET AUTOCOMMIT FALSE"); //$NON-NLS-1$
		}
		try (Statement statement = main.createStatement()) {
			statement.execute(settings.toString());
		}
		if (main.getAutoCommit()) { // PostgreSQL; asks no server
			main.setAutoCommit(false);
		}
	}

	/** Ends the transaction, if one is open, and sets the isolation level of the next ones. */
	static void isolation(Connection main, Dialect dialect, int isolation) throws SQLException {
		if (dialect == Dialect.POSTGRESQL) {
			main.rollback();
			main.setTransactionIsolation(isolation);
			return;
		}
		try (Statement statement = main.createStatement()) {
			statement.execute("ROLLBACK; " + isolationStatement(isolation)); //$NON-NLS-1$
		}
	}

	private static String isolationStatement(int isolation) {
		String level = switch (isolation) {
		case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED"; //$NON-NLS-1$
		case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ"; //$NON-NLS-1$
		case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE"; //$NON-NLS-1$
		default -> throw new IllegalArgumentException("isolation " + isolation); //$NON-NLS-1$
		};
		return "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + level; //$NON-NLS-1$
	}
}
