package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.store.DatabaseSettings;
import pau.store.Dialect;
import pau.store.SchemaInfo;
import pau.store.SchemaOutdatedException;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * B11 "or migrated": a main database made by release 1.0 is refused until an administrator upgrades
 * it, and the upgrade gives exactly the schema a new main database gets, with every record kept.
 */
class SchemaMigrationTest {

	@TempDir
	Path dir;

	@Test
	void b11_release1MainIsMigratedToTheSchemaOfANewMain_h2() throws Exception {
		Server server = TestDatabases.startServer(dir);
		try {
			migrateAndCompare(TestDatabases.tcp(server, "old"), TestDatabases.tcp(server, "new"));
		} finally {
			server.stop();
		}
	}

	@Test
	void b11_release1MainIsMigratedToTheSchemaOfANewMain_postgres() throws Exception {
		try (TestPostgres old = new TestPostgres(); TestPostgres fresh = new TestPostgres()) {
			migrateAndCompare(old.settings, fresh.settings);
		}
	}

	private static void migrateAndCompare(DatabaseSettings old, DatabaseSettings fresh) throws Exception {
		StoreFactory factory = TestDatabases.service(StoreFactory.class);
		try (Store created = factory.createMain(fresh)) {
			// an empty database with the release 1.0 schema below
		}
		createRelease1(factory, old);

		SchemaOutdatedException refused = assertThrows(SchemaOutdatedException.class, () -> factory.openMain(old));
		assertEquals(1, refused.found());
		assertTrue(refused.getMessage().contains("pau-cli migrate"), refused.getMessage());

		StoreFactory.Migration migration = factory.migrateMain(old);
		assertEquals(1, migration.from());
		assertEquals(SchemaInfo.VERSION, migration.to());
		assertEquals(SchemaInfo.VERSION, factory.migrateMain(old).from(), "a second run changes nothing");

		try (Store migrated = factory.openMain(old); Store created = factory.openMain(fresh)) {
			assertEquals(SchemaInfo.VERSION, migrated.schemaVersion());
			assertEquals(describe(created), describe(migrated), "the same schema as a new main database");
			try (Connection connection = migrated.dataSource().getConnection()) {
				assertEquals(1L, TestDatabases.count(connection, "SELECT COUNT(*) FROM CLAIMS WHERE AMOUNT = 1234567.89"));
				assertEquals(1L, TestDatabases.count(connection, "SELECT COUNT(*) FROM PROCEDURES WHERE CASE_NUMBER = 'А40-1/2026'"));
				assertEquals(0L, TestDatabases.count(connection, "SELECT COUNT(*) FROM ASSETS"));
			}
			assertEquals("6f1c2a9e-5d4b-4c3a-9e8f-7a6b5c4d3e2f", migrated.databaseId().toString(), "its identity is kept (B11)");
		}
	}

	/** Runs release-1.0-main.sql in an empty database. */
	private static void createRelease1(StoreFactory factory, DatabaseSettings settings) throws Exception {
		String script;
		try (InputStream in = SchemaMigrationTest.class.getResourceAsStream("release-1.0-main.sql")) {
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		boolean postgres = settings.dialect() == Dialect.POSTGRESQL;
		javax.sql.DataSource source = postgres ? pg(settings) : h2(settings);
		try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
			for (String line : script.split(";\\s*\\n")) {
				String sql = line.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + " " + b).trim();
				if (sql.isEmpty() || sql.startsWith("pg:") && !postgres) {
					continue;
				}
				sql = sql.replaceFirst("^pg:\\s*", "").replace("${blob}", settings.dialect().blobType())
						.replace("${clob}", settings.dialect().clobType());
				statement.execute(sql);
			}
		}
	}

	private static javax.sql.DataSource h2(DatabaseSettings settings) {
		org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
		source.setURL(settings.url());
		source.setUser(settings.user());
		source.setPassword(settings.password());
		return source;
	}

	private static javax.sql.DataSource pg(DatabaseSettings settings) {
		org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
		source.setURL(settings.url());
		source.setUser(settings.user());
		return source;
	}

	/** Tables, columns with type, size and nullability, foreign keys with delete rule, named indexes. */
	private static Set<String> describe(Store store) throws Exception {
		Set<String> facts = new TreeSet<>();
		try (Connection connection = store.dataSource().getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String schema = connection.getSchema();
			try (ResultSet tables = meta.getTables(null, schema, "%", new String[] { "TABLE", "BASE TABLE" })) {
				while (tables.next()) {
					String table = tables.getString("TABLE_NAME");
					if (table.toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG")) {
						continue; // the migration library's own
					}
					facts.add("table " + table);
					try (ResultSet columns = meta.getColumns(null, schema, table, null)) {
						while (columns.next()) {
							facts.add(table + "." + columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME") + "("
									+ columns.getInt("COLUMN_SIZE") + "," + columns.getInt("DECIMAL_DIGITS") + ") nullable="
									+ columns.getInt("NULLABLE"));
						}
					}
					try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
						while (keys.next()) {
							facts.add(table + "." + keys.getString("FKCOLUMN_NAME") + " -> " + keys.getString("PKTABLE_NAME")
									+ " on delete " + keys.getShort("DELETE_RULE"));
						}
					}
					try (ResultSet indexes = meta.getIndexInfo(null, schema, table, false, false)) {
						while (indexes.next()) {
							String name = indexes.getString("INDEX_NAME");
							String column = indexes.getString("COLUMN_NAME");
							if (name != null && !"ID".equalsIgnoreCase(column) // primary keys: named by each database
									&& name.toUpperCase(Locale.ROOT).startsWith(table.toUpperCase(Locale.ROOT) + "_")) {
								facts.add("index " + name + " (" + column + ")");
							}
						}
					}
				}
			}
		}
		return facts;
	}
}
