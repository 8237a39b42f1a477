package pau.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import pau.store.DatabaseSettings;

/**
 * A connection to a database server that was made and only read through, kept a few seconds for the next
 * work on the same database (issue 21). Making a connection costs H2's server and PostgreSQL 4-6 round
 * trips, a quarter of a second over the office VPN, and a synchronization made three in a row: the check
 * that main answers, the reading of main's schema identity, the merge. Only those who know they changed
 * nothing in the session keep one (the check, the identity read); whoever takes it owns it and closes it
 * as usual. Not taken within {@link #KEEP_MILLIS}, it is closed: no idle session outlives the work it was
 * made for. Embedded databases are never kept: a connection holds their files open.
 */
final class KeptConnections {

	static final long KEEP_MILLIS = 10_000;

	private static final Map<String, Kept> KEPT = new HashMap<>(); // guarded by itself

	private record Kept(Connection connection, long until) {
	}

	private KeptConnections() {
	}

	/** The key of the connections made with these settings, or null where none is ever kept. */
	static String key(DatabaseSettings settings) {
		String url = settings.url().toLowerCase(Locale.ROOT);
		boolean server = url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:") //$NON-NLS-1$ //$NON-NLS-2$
				|| url.startsWith("jdbc:postgresql:"); //$NON-NLS-1$
		return server ? settings.url() + '\n' + settings.user() + '\n' + settings.password() : null;
	}

	/** Keeps a connection nobody changed for the next {@link #reusing} data source of the same key. */
	static void keep(String key, Connection connection) {
		if (key == null) {
			closeQuietly(connection);
			return;
		}
		Kept kept = new Kept(connection, System.currentTimeMillis() + KEEP_MILLIS);
		Kept before;
		synchronized (KEPT) {
			before = KEPT.put(key, kept);
		}
		if (before != null) {
			closeQuietly(before.connection());
		}
		CompletableFuture.runAsync(() -> expire(key, kept),
				CompletableFuture.delayedExecutor(KEEP_MILLIS, TimeUnit.MILLISECONDS));
	}

	/** The connection kept for this key if it is still fresh, or null. */
	static Connection take(String key) {
		Kept kept;
		synchronized (KEPT) {
			kept = key == null ? null : KEPT.remove(key);
		}
		if (kept == null) {
			return null;
		}
		if (kept.until() < System.currentTimeMillis()) {
			closeQuietly(kept.connection());
			return null;
		}
		return kept.connection();
	}

	/** Keeps the connection if it came from a {@link #reusing} data source and only read, else closes it. */
	static void keepOrClose(DataSource from, Connection connection) {
		if (from instanceof Reusing reusing) {
			keep(reusing.key, connection);
		} else {
			closeQuietly(connection);
		}
	}

	/** A data source that first hands out the connection kept for the key. */
	static DataSource reusing(DatabaseSettings settings, DataSource target) {
		String key = key(settings);
		return key == null ? target : new Reusing(key, target);
	}

	/** Closes every connection kept: the process is done with its databases. */
	static void closeAll() {
		List<Kept> all;
		synchronized (KEPT) {
			all = new ArrayList<>(KEPT.values());
			KEPT.clear();
		}
		all.forEach(kept -> closeQuietly(kept.connection()));
	}

	private static void expire(String key, Kept kept) {
		synchronized (KEPT) {
			if (!KEPT.remove(key, kept)) {
				return; // taken or replaced
			}
		}
		closeQuietly(kept.connection());
	}

	static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// broken already: nothing of it is in use
		}
	}

	private static final class Reusing extends ForwardingDataSource {

		private final String key;
		private final DataSource target;

		Reusing(String key, DataSource target) {
			super(target);
			this.key = key;
			this.target = target;
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection kept = take(key);
			return kept != null ? kept : target.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return target.getConnection(username, password);
		}
	}
}
