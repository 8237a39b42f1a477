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

	private DataSources() {
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
			h2.setURL(settings.url());
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
			yield pg;
		}
		};
	}
}
