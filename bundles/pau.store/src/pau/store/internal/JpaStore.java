package pau.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

import jakarta.persistence.EntityManagerFactory;
import pau.model.DataException;
import pau.model.RecordStore;
import pau.store.DatabaseFault;
import pau.store.Dialect;
import pau.store.Messages;
import pau.store.Store;

/**
 * An open database: JDBC data source, schema information and an EclipseLink entity manager factory.
 */
final class JpaStore implements Store {

	private final Kind kind;
	private final String url;
	private final Dialect dialect;
	private final DataSource dataSource;
	private final SchemaMigrations.Info info;
	/** Built on first use: commands that only use JDBC (status, go offline, sync) never pay for it. */
	private EntityManagerFactory factory;
	private final Runnable onClose;
	private final RecordStore records;

	private JpaStore(Kind kind, String url, Dialect dialect, DataSource dataSource, SchemaMigrations.Info info,
			Runnable onClose) {
		this.kind = kind;
		this.url = url;
		this.dialect = dialect;
		this.dataSource = dataSource;
		this.info = info;
		this.onClose = onClose;
		this.records = new JpaRecordStore(this::factory, dataSource, dialect);
	}

	/**
	 * Connects, creates the schema when missing (migrates an older one when {@code migrate}), and builds
	 * the entity manager factory.
	 */
	static JpaStore open(Kind kind, String url, Dialect dialect, DataSource dataSource, boolean migrate,
			SchemaMigrations.BeforeMigrating before, Runnable onClose) {
		try {
			Connection connection = dataSource.getConnection();
			try {
				SchemaMigrations.Info info = SchemaMigrations.ensure(connection, dialect, kind, url, migrate, before);
				JpaStore store = new JpaStore(kind, url, dialect, dataSource, info, onClose);
				// A main only read here: its connection serves the work that opened it (KeptConnections).
				KeptConnections.keepOrClose(dataSource, connection);
				connection = null;
				return store;
			} finally {
				if (connection != null) {
					connection.close();
				}
			}
		} catch (SQLException e) {
			throw new DataException(Messages.bind(Messages.Store_unreachable, url, DatabaseFault.explain(e, url)), e);
		}
	}

	private synchronized EntityManagerFactory factory() {
		if (factory == null) {
			factory = createFactory(dataSource, dialect);
		}
		return factory;
	}

	private static EntityManagerFactory createFactory(DataSource dataSource, Dialect dialect) {
		Map<String, Object> properties = new HashMap<>();
		properties.put(PersistenceUnitProperties.CLASSLOADER, JpaStore.class.getClassLoader());
		properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
		properties.put(PersistenceUnitProperties.TARGET_DATABASE, dialect.eclipseLinkPlatform());
		// Each store gets its own session; the name keeps EclipseLink from sharing one between databases.
		properties.put(PersistenceUnitProperties.SESSION_NAME, "pau-" + UUID.randomUUID());
		// One connection for all the queries of an entity manager (each call of JpaRecordStore has its own): a
		// connection per query costs a server's main 6 requests, and a procedure's claims took 30 over a VPN.
		properties.put(PersistenceUnitProperties.EXCLUSIVE_CONNECTION_MODE, "Always");
		properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, new NoRetries());
		return new PersistenceProvider().createEntityManagerFactory("pau", properties);
	}

	/**
	 * A query whose connection broke fails at once (issue 21). EclipseLink would first ask the broken
	 * connection whether it is alive, then run the query again three times on new connections a second
	 * apart: over a network that fell silent each of those waits for the network timeout, and the views
	 * said nothing for minutes. Each call of the record store has a connection of its own, and whoever
	 * asked says what happened and offers to try again.
	 */
	static final class NoRetries implements SessionCustomizer {
		@Override
		public void customize(Session session) {
			if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
				login.setConnectionHealthValidatedOnError(false);
				login.setQueryRetryAttemptCount(0);
			}
		}
	}

	@Override
	public Kind kind() {
		return kind;
	}

	@Override
	public String url() {
		return url;
	}

	@Override
	public Dialect dialect() {
		return dialect;
	}

	@Override
	public UUID databaseId() {
		return info.databaseId();
	}

	@Override
	public int schemaVersion() {
		return info.version();
	}

	@Override
	public boolean createdNow() {
		return info.createdNow();
	}

	@Override
	public RecordStore records() {
		return records;
	}

	@Override
	public DataSource dataSource() {
		return dataSource;
	}

	@Override
	public void close() {
		synchronized (this) {
			if (factory != null && factory.isOpen()) {
				factory.close();
			}
		}
		onClose.run();
	}

	@Override
	public String toString() {
		return kind + " " + url;
	}
}
