package pau.store.internal;

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
