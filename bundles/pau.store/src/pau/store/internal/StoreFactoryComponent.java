package pau.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;

import pau.model.DataException;
import pau.store.DatabaseFault;
import pau.store.DatabaseSettings;
import pau.store.Dialect;
import pau.store.Messages;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Opens main and offline databases.
 */
@Component(service = StoreFactory.class)
public class StoreFactoryComponent implements StoreFactory {

	/** H2 user of offline databases (SPEC.md: "user PAU"). */
	public static final String OFFLINE_USER = "PAU";
	/** File name of the offline database inside its directory (H2 adds .mv.db). */
	public static final String OFFLINE_NAME = "offline";

	private static final int LOGIN_TIMEOUT_SECONDS = 10;

	@Override
	public Store openMain(DatabaseSettings settings) {
		DataSource dataSource = DataSources.existing(settings, LOGIN_TIMEOUT_SECONDS);
		return JpaStore.open(Store.Kind.MAIN, settings.url(), settings.dialect(), dataSource, () -> {
		});
	}

	@Override
	public Store createMain(DatabaseSettings settings) {
		DataSource dataSource = DataSources.create(settings, LOGIN_TIMEOUT_SECONDS);
		Store store = JpaStore.open(Store.Kind.MAIN, settings.url(), settings.dialect(), dataSource, () -> {
		});
		// Created now: from here on a connection never creates it again if the files vanish.
		DataSources.forbidCreation(dataSource);
		return store;
	}

	@Override
	public DatabaseSettings offlineSettings(Path directory, String key) {
		// CIPHER=AES: the file password is the key; H2 takes "filePassword userPassword".
		String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(OFFLINE_NAME) + ";CIPHER=AES";
		return new DatabaseSettings(url, OFFLINE_USER, key + " ");
	}

	@Override
	public Store createOffline(Path directory, String key) {
		if (Files.exists(directory.resolve(OFFLINE_NAME + ".mv.db"))) {
			throw new DataException(Messages.bind(Messages.Store_offlineExists, directory));
		}
		return openOfflineStore(directory, key, true);
	}

	@Override
	public Store openOffline(Path directory, String key) {
		if (!Files.exists(directory.resolve(OFFLINE_NAME + ".mv.db"))) {
			throw new DataException(Messages.bind(Messages.Store_offlineMissing, directory));
		}
		return openOfflineStore(directory, key, false);
	}

	private Store openOfflineStore(Path directory, String key, boolean create) {
		DatabaseSettings settings = offlineSettings(directory, key);
		String url = create ? settings.url() : settings.url() + ";IFEXISTS=TRUE";
		DataSource dataSource = DataSources.create(new DatabaseSettings(url, settings.user(), settings.password()),
				LOGIN_TIMEOUT_SECONDS);
		try {
			Store store = JpaStore.open(Store.Kind.OFFLINE, settings.url(), Dialect.H2, dataSource, () -> shutdown(dataSource));
			if (create) {
				// From now on a connection must never create a new, empty database if the files vanish.
				((org.h2.jdbcx.JdbcDataSource) dataSource).setURL(settings.url() + ";IFEXISTS=TRUE");
			}
			return store;
		} catch (DataException e) {
			if (!create && e.getCause() instanceof SQLException sql && sql.getErrorCode() == 90049) {
				// 90049: wrong file encryption key.
				throw new DataException(Messages.bind(Messages.Store_offlineWrongKey, directory), e);
			}
			throw e;
		}
	}

	/** Closes an embedded database at once, so its files can be deleted or copied. */
	private static void shutdown(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("SHUTDOWN");
		} catch (SQLException e) {
			// Already closed.
		}
	}

	@Override
	public void checkReachable(DatabaseSettings settings, Duration timeout) {
		DataSource dataSource = DataSources.existing(settings, (int) Math.max(1, timeout.toSeconds()));
		// A connect can hang on a dead network longer than any driver timeout: bound it here.
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "pau-connection-check");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Future<Boolean> check = executor.submit(() -> {
				try (Connection connection = dataSource.getConnection()) {
					return connection.isValid((int) Math.max(1, timeout.toSeconds()));
				}
			});
			if (!check.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), "not valid"));
			}
		} catch (ExecutionException e) {
			throw new DataException(
					Messages.bind(Messages.Store_unreachable, settings.url(), DatabaseFault.explain(e.getCause(), settings.url())),
					e.getCause());
		} catch (TimeoutException e) {
			throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), "timeout " + timeout), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DataException(Messages.bind(Messages.Store_unreachable, settings.url(), "interrupted"), e);
		} finally {
			executor.shutdownNow();
		}
	}
}
