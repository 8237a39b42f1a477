package pau.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import pau.model.DataException;
import pau.store.Dialect;
import pau.store.Messages;
import pau.store.SchemaInfo;
import pau.store.SchemaOutdatedException;
import pau.store.Store;

/**
 * The public schema (SPEC.md) is written once, in the Liquibase changelog {@value #CHANGELOG}: this
 * class creates it in an empty database, migrates an older one and checks the recorded version.
 * Opening a database whose version is current never starts Liquibase.
 */
public final class SchemaMigrations {

	/** The changelog, a resource of this bundle. */
	public static final String CHANGELOG = "pau/store/schema/changelog.xml"; //$NON-NLS-1$

	/** Liquibase reports every change set at INFO; held here so the level stays set. */
	private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase"); //$NON-NLS-1$

	/** What the database said about its schema. */
	public record Info(UUID databaseId, int version, boolean createdNow) {
	}

	/** Called before an existing database is migrated (an offline copy is backed up first). */
	@FunctionalInterface
	public interface BeforeMigrating {
		void run() throws Exception;
	}

	private SchemaMigrations() {
	}

	/**
	 * Creates the schema if missing; migrates an older one when {@code migrate}, else refuses it.
	 *
	 * @throws SchemaOutdatedException when the schema is older and {@code migrate} is false
	 */
	public static Info ensure(Connection connection, Dialect dialect, Store.Kind kind, String url, boolean migrate,
			BeforeMigrating before) throws SQLException {
		Info found = readIfThere(connection);
		if (found != null || tableExists(connection, "SCHEMA_INFO")) { //$NON-NLS-1$
			Info info = found != null ? found : read(connection);
			if (info.version() > SchemaInfo.VERSION) {
				throw new DataException(Messages.bind(Messages.Store_newerSchema,
						new Object[] { url, info.version(), SchemaInfo.VERSION }));
			}
			if (info.version() == SchemaInfo.VERSION) {
				return info;
			}
			if (!migrate) {
				throw new SchemaOutdatedException(url, info.version(), SchemaInfo.VERSION);
			}
			if (before != null) {
				try {
					before.run();
				} catch (pau.store.OfflineDamagedException e) {
					throw e; // the copy does not read back: recover it, never migrate it
				} catch (Exception e) {
					throw new DataException(Messages.bind(Messages.Store_cannotMigrate, url, DataException.rootMessage(e)), e);
				}
			}
			update(connection, kind, url);
			return read(connection);
		}
		if (tableExists(connection, "ENTERPRISES")) { //$NON-NLS-1$
			throw new DataException(Messages.bind(Messages.Store_notAPauDatabase, url));
		}
		// A new offline copy from the script the changelog makes (issue 21): Liquibase is a third of going offline.
		if (kind != Store.Kind.OFFLINE || dialect != Dialect.H2 || !OfflineSchemaScript.create(connection)) {
			update(connection, kind, url);
		}
		return recordIdentity(connection, kind);
	}

	/**
	 * Makes a new offline copy's schema from a script made once per build (see
	 * {@link pau.store.StoreFactory#createOffline(java.nio.file.Path, String, URL)}) and gives the copy
	 * its identity.
	 */
	static void createFromScript(Connection connection, URL script) throws SQLException {
		try (InputStream in = script.openStream()) {
			OfflineSchemaScript.run(connection, in);
		} catch (IOException e) {
			throw new SQLException(e);
		}
		recordIdentity(connection, Store.Kind.OFFLINE);
	}

	/** Runs the changelog's change sets that are not in the database yet, for this kind of database. */
	private static void update(Connection connection, Store.Kind kind, String url) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		Map<String, Object> scope = new HashMap<>();
		scope.put(Scope.Attr.ui.name(), new LoggerUIService());
		// Nothing about a lawyer's database leaves the machine.
		scope.put("liquibase.analytics.enabled", Boolean.FALSE); //$NON-NLS-1$
		// Liquibase finds its own parts with ServiceLoader through this loader: its bundle's, which sees
		// its META-INF/services; the changelog is read through ours.
		ClassLoader liquibaseLoader = Liquibase.class.getClassLoader();
		scope.put(Scope.Attr.classLoader.name(), liquibaseLoader);
		scope.put(Scope.Attr.serviceLocator.name(), new LiquibaseParts());
		LIQUIBASE_LOG.setLevel(Level.WARNING);
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(liquibaseLoader); // the root scope is made with it
		try {
			Scope.child(scope, () -> {
				Database database = DatabaseFactory.getInstance()
						.findCorrectDatabaseImplementation(new JdbcConnection(connection));
				@SuppressWarnings("resource") // closing it would close the caller's connection
				Liquibase liquibase = new Liquibase(CHANGELOG,
						new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader()), database);
				liquibase.setShowSummary(UpdateSummaryEnum.OFF); // never on the user's terminal
				liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
				liquibase.update(new Contexts(kind.name().toLowerCase(Locale.ROOT)), new LabelExpression());
			});
		} catch (Exception e) {
			try {
				connection.rollback();
			} catch (SQLException ignored) {
				// the connection is gone; the message below says why
			}
			throw new DataException(Messages.bind(Messages.Store_cannotMigrate, url, DataException.rootMessage(e)), e);
		} finally {
			thread.setContextClassLoader(previous);
			connection.setAutoCommit(autoCommit);
		}
		if (kind == Store.Kind.OFFLINE) {
			OfflineBaseTables.complete(connection);
			pau.store.RowDigests.protect(connection); // B24: tables the migration added or changed
		}
	}

	private static Info recordIdentity(Connection connection, Store.Kind kind) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		UUID id = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO SCHEMA_INFO (ID, VERSION, SCHEMA_VERSION, KIND, CREATED_AT) VALUES (?, 1, ?, ?, ?)")) { //$NON-NLS-1$
			insert.setObject(1, id);
			insert.setInt(2, SchemaInfo.VERSION);
			insert.setString(3, kind.name());
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			insert.executeUpdate();
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
		return new Info(id, SchemaInfo.VERSION, true);
	}

	/** The schema version recorded in the database (SCHEMA_INFO must exist). */
	static int version(Connection connection) throws SQLException {
		return read(connection).version();
	}

	/**
	 * The schema identity read straight away, or null where it cannot be (no SCHEMA_INFO yet, or a fault
	 * the metadata will meet again and say): a database that has one, as every main does, is asked once
	 * instead of twice (a round trip over the office VPN, issue 21).
	 */
	private static Info readIfThere(Connection connection) throws SQLException {
		Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
		try {
			return read(connection);
		} catch (SQLException e) {
			if (before != null) {
				connection.rollback(before); // PostgreSQL refuses all else in a transaction after an error
			}
			return null;
		}
	}

	private static Info read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT ID, SCHEMA_VERSION FROM SCHEMA_INFO")) { //$NON-NLS-1$
			if (!row.next()) {
				throw new SQLException("SCHEMA_INFO is empty"); //$NON-NLS-1$
			}
			return new Info(row.getObject(1, UUID.class), row.getInt(2), false);
		}
	}

	/** Whether the table exists (upper-case name, any schema the connection sees by default). */
	public static boolean tableExists(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet tables = meta.getTables(null, null, name, new String[] { "TABLE", "BASE TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
				while (tables.next()) {
					String schema = tables.getString("TABLE_SCHEM"); //$NON-NLS-1$
					if (schema == null || schema.equalsIgnoreCase("PUBLIC")) { //$NON-NLS-1$
						return true;
					}
				}
			}
		}
		return false;
	}
}
