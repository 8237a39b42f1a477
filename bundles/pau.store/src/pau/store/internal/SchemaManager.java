package pau.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import pau.model.DataException;
import pau.store.Dialect;
import pau.store.Messages;
import pau.store.SchemaInfo;
import pau.store.Store;

/**
 * Creates the public schema (SPEC.md) when it is missing and checks the recorded version.
 */
public final class SchemaManager {

	/** Tables of the public schema in dependency order (parents first). */
	public static final List<String> TABLES = List.of("ENTERPRISES", "PROCEDURES", "CREDITORS", "CLAIMS", "MEETINGS",
			"DOCUMENTS", "CORRESPONDENCE");

	/** What the database said about its schema. */
	public record Info(UUID databaseId, int version, boolean createdNow) {
	}

	private SchemaManager() {
	}

	/** Creates the schema if missing; returns the database's identity and schema version. */
	public static Info ensure(Connection connection, Dialect dialect, Store.Kind kind, String url) throws SQLException {
		if (tableExists(connection, "SCHEMA_INFO")) {
			Info info = read(connection);
			if (info.version() > SchemaInfo.VERSION) {
				throw new DataException(Messages.bind(Messages.Store_newerSchema,
						new Object[] { url, info.version(), SchemaInfo.VERSION }));
			}
			return info;
		}
		if (tableExists(connection, "ENTERPRISES")) {
			throw new DataException(Messages.bind(Messages.Store_notAPauDatabase, url));
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			for (String ddl : ddl(dialect, kind)) {
				statement.execute(ddl);
			}
			UUID id = UUID.randomUUID();
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO SCHEMA_INFO (ID, VERSION, SCHEMA_VERSION, KIND, CREATED_AT) VALUES (?, 1, ?, ?, ?)")) {
				insert.setObject(1, id);
				insert.setInt(2, SchemaInfo.VERSION);
				insert.setString(3, kind.name());
				insert.setTimestamp(4, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			}
			connection.commit();
			return new Info(id, SchemaInfo.VERSION, true);
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static Info read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT ID, SCHEMA_VERSION FROM SCHEMA_INFO")) {
			if (!row.next()) {
				throw new SQLException("SCHEMA_INFO is empty");
			}
			return new Info(row.getObject(1, UUID.class), row.getInt(2), false);
		}
	}

	/** Whether the table exists (upper-case name, any schema the connection sees by default). */
	public static boolean tableExists(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		for (String name : new String[] { table, table.toLowerCase(java.util.Locale.ROOT) }) {
			try (ResultSet tables = meta.getTables(null, null, name, new String[] { "TABLE", "BASE TABLE" })) {
				while (tables.next()) {
					String schema = tables.getString("TABLE_SCHEM");
					if (schema == null || schema.equalsIgnoreCase("PUBLIC")) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The DDL of the public schema. Unquoted names, so both dialects fold them the same way. */
	static List<String> ddl(Dialect dialect, Store.Kind kind) {
		String id = "ID UUID PRIMARY KEY, VERSION BIGINT NOT NULL";
		String procedureFk = "PROCEDURE_ID UUID NOT NULL REFERENCES PROCEDURES (ID) ON DELETE CASCADE";
		List<String> ddl = new ArrayList<>();
		ddl.add("CREATE TABLE SCHEMA_INFO (" + id
				+ ", SCHEMA_VERSION INTEGER NOT NULL, KIND VARCHAR(20) NOT NULL, CREATED_AT TIMESTAMP NOT NULL)");
		ddl.add("CREATE TABLE ENTERPRISES (" + id
				+ ", NAME VARCHAR(500) NOT NULL, INN VARCHAR(12), OGRN VARCHAR(15), ADDRESS VARCHAR(1000))");
		ddl.add("CREATE TABLE PROCEDURES (" + id
				+ ", ENTERPRISE_ID UUID NOT NULL REFERENCES ENTERPRISES (ID) ON DELETE CASCADE"
				+ ", TYPE VARCHAR(40) NOT NULL, CASE_NUMBER VARCHAR(60), COURT VARCHAR(300)"
				+ ", START_DATE DATE, END_DATE DATE, STATUS VARCHAR(40) NOT NULL)");
		ddl.add("CREATE TABLE CREDITORS (" + id + ", NAME VARCHAR(500) NOT NULL, INN VARCHAR(12))");
		ddl.add("CREATE TABLE CLAIMS (" + id + ", " + procedureFk
				+ ", CREDITOR_ID UUID NOT NULL REFERENCES CREDITORS (ID)"
				+ ", AMOUNT DECIMAL(19, 2) NOT NULL, QUEUE VARCHAR(20) NOT NULL, BASIS VARCHAR(1000)"
				+ ", FILED_ON DATE, STATUS VARCHAR(20) NOT NULL)");
		ddl.add("CREATE TABLE MEETINGS (" + id + ", " + procedureFk
				+ ", HELD_AT TIMESTAMP, PLACE VARCHAR(500), AGENDA VARCHAR(4000), RESULT VARCHAR(4000))");
		ddl.add("CREATE TABLE DOCUMENTS (" + id + ", " + procedureFk
				+ ", FILE_NAME VARCHAR(500) NOT NULL, MEDIA_TYPE VARCHAR(200), SIZE_BYTES BIGINT NOT NULL"
				+ ", SHA256 VARCHAR(64), CONTENT " + dialect.blobType() + ")");
		if (dialect == Dialect.POSTGRESQL) {
			// Uncompressed out-of-line storage lets SUBSTRING read a chunk without the whole value.
			ddl.add("ALTER TABLE DOCUMENTS ALTER COLUMN CONTENT SET STORAGE EXTERNAL");
		}
		ddl.add("CREATE TABLE CORRESPONDENCE (" + id + ", " + procedureFk
				+ ", DIRECTION VARCHAR(3) NOT NULL, SENT_ON DATE, REF_NUMBER VARCHAR(100), COUNTERPARTY VARCHAR(500)"
				+ ", SUBJECT VARCHAR(1000), DOCUMENT_ID UUID REFERENCES DOCUMENTS (ID) ON DELETE SET NULL)");
		if (kind == Store.Kind.MAIN) {
			ddl.add("CREATE TABLE OFFLINE_CHECKOUTS (" + id
					+ ", PROCEDURE_ID UUID NOT NULL REFERENCES PROCEDURES (ID) ON DELETE CASCADE"
					+ ", CHECKOUT_ID UUID NOT NULL, USER_NAME VARCHAR(200) NOT NULL, HOST VARCHAR(200)"
					+ ", CHECKED_OUT_AT TIMESTAMP NOT NULL, RETURNED_AT TIMESTAMP)");
			ddl.add("CREATE INDEX OFFLINE_CHECKOUTS_PROCEDURE ON OFFLINE_CHECKOUTS (PROCEDURE_ID)");
			// Reports of finished synchronizations (B1), one per checkout: colleagues see them, and a
			// synchronization run again after main committed finds it and inserts nothing twice (M6).
			ddl.add("CREATE TABLE SYNC_REPORTS (" + id + ", USER_NAME VARCHAR(200) NOT NULL, HOST VARCHAR(200)"
					+ ", FINISHED_AT TIMESTAMP NOT NULL, REPORT " + dialect.clobType() + " NOT NULL)");
		}
		// PostgreSQL does not index foreign keys by itself; going offline selects by them (B9).
		ddl.add("CREATE INDEX PROCEDURES_ENTERPRISE ON PROCEDURES (ENTERPRISE_ID)");
		for (String table : List.of("CLAIMS", "MEETINGS", "DOCUMENTS", "CORRESPONDENCE")) {
			ddl.add("CREATE INDEX " + table + "_PROCEDURE ON " + table + " (PROCEDURE_ID)");
		}
		ddl.add("CREATE INDEX CLAIMS_CREDITOR ON CLAIMS (CREDITOR_ID)");
		// TEMP until the changelog: the property inventory and the task calendar (issue 11).
		ddl.add("CREATE TABLE ASSETS (" + id + ", " + procedureFk
				+ ", NAME VARCHAR(500) NOT NULL, CATEGORY VARCHAR(20) NOT NULL, INVENTORY_NUMBER VARCHAR(100)"
				+ ", BOOK_VALUE DECIMAL(19, 2), MARKET_VALUE DECIMAL(19, 2), INVENTORIED_ON DATE"
				+ ", STATUS VARCHAR(20) NOT NULL, NOTE VARCHAR(4000))");
		ddl.add("CREATE INDEX ASSETS_PROCEDURE ON ASSETS (PROCEDURE_ID)");
		ddl.add("CREATE TABLE TASKS (" + id + ", " + procedureFk
				+ ", DUE_ON DATE NOT NULL, TITLE VARCHAR(1000) NOT NULL, DONE BOOLEAN DEFAULT FALSE NOT NULL"
				+ ", DONE_ON DATE, NOTE VARCHAR(4000))");
		ddl.add("CREATE INDEX TASKS_PROCEDURE ON TASKS (PROCEDURE_ID)");
		return ddl;
	}
}
