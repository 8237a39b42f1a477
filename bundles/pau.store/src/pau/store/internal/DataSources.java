package pau.store.internal;

import java.util.Locale;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import pau.store.DatabaseSettings;

/**
 * Data sources made directly from the driver classes: no DriverManager lookups across bundles.
 */
final class DataSources {

	/**
	 * How long a connection to a database server may stay silent in the middle of a request before it is
	 * given up as broken (issue 21). A VPN that drops without a word, or a server that accepts and never
	 * answers, otherwise leaves the reading thread blocked for hours: the procedures view never shows its
	 * list, a synchronization never ends. Far above any wait a server makes on purpose (a merge waits 30 s
	 * for a colleague's row locks at most). {@code -Dpau.store.networkTimeoutSeconds=N} sets another.
	 */
	static final int NETWORK_TIMEOUT_SECONDS = 120;

	private DataSources() {
	}

	/** {@link #NETWORK_TIMEOUT_SECONDS}, or what the system property says. */
	static int networkTimeoutSeconds() {
		return Integer.getInteger("pau.store.networkTimeoutSeconds", NETWORK_TIMEOUT_SECONDS); //$NON-NLS-1$
	}

	/** An H2 server's URL with the network timeout, unless it names one itself; other URLs as they are. */
	static String withNetworkTimeout(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (!(lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) //$NON-NLS-1$ //$NON-NLS-2$
				|| lower.contains(";network_timeout=")) { //$NON-NLS-1$
			return url;
		}
		return url + ";NETWORK_TIMEOUT=" + networkTimeoutSeconds() * 1000L; //$NON-NLS-1$
	}

	/**
	 * A data source that never creates a database: an H2 URL that names no existing database fails
	 * (IFEXISTS=TRUE) instead of silently creating a new, empty one. PostgreSQL never creates one.
	 */
	static DataSource existing(DatabaseSettings settings, int loginTimeoutSeconds) {
		return create(new DatabaseSettings(ifExists(settings.url()), settings.user(), settings.password()),
				loginTimeoutSeconds);
	}

	/** The H2 URL with IFEXISTS=TRUE, for files and servers; in-memory databases exist only when opened. */
	static String ifExists(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.contains(";ifexists=")) {
			return url;
		}
		return url + ";IFEXISTS=TRUE";
	}

	/** Makes an H2 data source made by {@link #create} refuse to create its database from now on. */
	static void forbidCreation(DataSource dataSource) {
		if (dataSource instanceof JdbcDataSource h2) {
			h2.setURL(ifExists(h2.getURL()));
		}
	}

	/** A data source that may create the database (H2) when it does not exist yet. */
	static DataSource create(DatabaseSettings settings, int loginTimeoutSeconds) {
		return switch (settings.dialect()) {
		case H2 -> {
			JdbcDataSource h2 = new JdbcDataSource();
			h2.setURL(withNetworkTimeout(settings.url()));
			h2.setUser(settings.user());
			h2.setPassword(settings.password());
			h2.setLoginTimeout(loginTimeoutSeconds);
			yield h2;
		}
		case POSTGRESQL -> {
			PGSimpleDataSource pg = new PGSimpleDataSource();
			pg.setURL(settings.url());
			pg.setUser(settings.user());
			pg.setPassword(settings.password());
			pg.setLoginTimeout(loginTimeoutSeconds);
			pg.setConnectTimeout(loginTimeoutSeconds);
			if (!settings.url().toLowerCase(Locale.ROOT).contains("sockettimeout=")) { //$NON-NLS-1$
				pg.setSocketTimeout(networkTimeoutSeconds());
			}
			yield pg;
		}
		};
	}
}
