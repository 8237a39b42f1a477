package pau.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The tables the sync engine copies and merges, read from a database's metadata (an offline copy's:
 * its schema is what goes offline) plus the small declaration in {@code schema.properties} of what
 * metadata cannot say. A table of the public schema added by a migration is copied and merged with
 * no code written for it.
 */
public final class SyncSchema {

	private static final Properties DECLARED = declaration();

	private final List<TableSpec> all;
	private final TableSpec root;

	private SyncSchema(List<TableSpec> all) {
		this.all = all;
		this.root = byName(DECLARED.getProperty("root")); //$NON-NLS-1$
	}

	/** Every table, parents before children: a row's references point to tables earlier in the list. */
	List<TableSpec> all() {
		return all;
	}

	/** The table of the records users take offline (procedures). */
	TableSpec root() {
		return root;
	}

	TableSpec byName(String name) {
		for (TableSpec table : all) {
			if (table.name().equals(name)) {
				return table;
			}
		}
		throw new IllegalArgumentException(name);
	}

	/**
	 * What going offline copies of each table, column by column (ID, VERSION, fields, content), as read
	 * from the database's schema: for the test that the entities, the schema and the copy agree.
	 */
	public static Map<String, Set<String>> copiedColumns(Connection connection) throws SQLException {
		Map<String, Set<String>> copied = new LinkedHashMap<>();
		for (TableSpec table : read(connection).all()) {
			Set<String> columns = new LinkedHashSet<>(List.of("ID", "VERSION")); //$NON-NLS-1$ //$NON-NLS-2$
			columns.addAll(table.fields());
			if (table.hasContent()) {
				columns.add(table.contentColumn());
			}
			copied.put(table.name(), columns);
		}
		return copied;
	}

	/** The columns that, with the case number, make two procedures the same (M4). */
	static List<String> twinColumns() {
		return list(DECLARED.getProperty("twin")); //$NON-NLS-1$
	}

	static String caseNumberColumn() {
		return DECLARED.getProperty("twin.caseNumber"); //$NON-NLS-1$
	}

	/** The columns that describe a row of the table in the report (B1); COLUMN.OTHER follows a reference. */
	static List<String> describeColumns(String table) {
		return list(DECLARED.getProperty("describe." + table)); //$NON-NLS-1$
	}

	/** The enum whose constants a text column holds, or null. */
	static String enumOf(String table, String column) {
		return DECLARED.getProperty("values." + table + '.' + column); //$NON-NLS-1$
	}

	/** The column that names a row of the table where it is referenced, or null. */
	static String nameColumn(String table) {
		return DECLARED.getProperty("name." + table); //$NON-NLS-1$
	}

	/** Reads the public schema's tables from the database: those with ID and VERSION, but local and sync ones. */
	static SyncSchema read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = schemaOf(connection);
		Set<String> local = new LinkedHashSet<>(list(DECLARED.getProperty("local"))); //$NON-NLS-1$
		Map<String, TableSpec> tables = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE", "BASE TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (rs.next()) {
				names.add(rs.getString("TABLE_NAME")); //$NON-NLS-1$
			}
		}
		String rootName = DECLARED.getProperty("root"); //$NON-NLS-1$
		for (String name : names) {
			String upper = name.toUpperCase(Locale.ROOT);
			if (upper.startsWith("SYNC_") || local.contains(upper)) { //$NON-NLS-1$
				continue;
			}
			TableSpec table = readTable(meta, schema, name, rootName);
			if (table != null) {
				tables.put(table.name(), table);
			}
		}
		return new SyncSchema(ordered(tables));
	}

	private static TableSpec readTable(DatabaseMetaData meta, String schema, String name, String rootName) throws SQLException {
		String table = name.toUpperCase(Locale.ROOT);
		List<String> fields = new ArrayList<>();
		boolean hasId = false;
		boolean hasVersion = false;
		String content = null;
		String firstRequiredText = null;
		try (ResultSet rs = meta.getColumns(null, schema, name, null)) {
			while (rs.next()) {
				String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT); //$NON-NLS-1$
				int type = rs.getInt("DATA_TYPE"); //$NON-NLS-1$
				if (column.equals("ID")) { //$NON-NLS-1$
					hasId = true;
				} else if (column.equals("VERSION")) { //$NON-NLS-1$
					hasVersion = true;
				} else if (isLargeBinary(type, rs.getString("TYPE_NAME"))) { //$NON-NLS-1$
					content = column;
				} else {
					fields.add(column);
					if (firstRequiredText == null && isText(type) && rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) { //$NON-NLS-1$
						firstRequiredText = column;
					}
				}
			}
		}
		if (!hasId || !hasVersion) {
			return null; // not a table of records (the migration library's own, for one)
		}
		Map<String, String> references = new LinkedHashMap<>();
		Set<String> setNull = new LinkedHashSet<>();
		String owner = null;
		try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
			while (rs.next()) {
				String column = rs.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT); //$NON-NLS-1$
				String target = rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT); //$NON-NLS-1$
				short rule = rs.getShort("DELETE_RULE"); //$NON-NLS-1$
				references.put(column, target);
				if (rule == DatabaseMetaData.importedKeySetNull) {
					setNull.add(column);
				}
				if (target.equals(rootName) && rule == DatabaseMetaData.importedKeyCascade && !table.equals(rootName)) {
					owner = column;
				}
			}
		}
		String label = DECLARED.getProperty("label." + table, firstRequiredText); //$NON-NLS-1$
		Map<String, List<String>> groups = new LinkedHashMap<>();
		String prefix = "group." + table + "."; //$NON-NLS-1$ //$NON-NLS-2$
		for (String key : DECLARED.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				List<String> members = new ArrayList<>(list(DECLARED.getProperty(key)));
				members.retainAll(fields);
				groups.put(key.substring(prefix.length()), List.copyOf(members));
			}
		}
		String digest = content == null ? null : DECLARED.getProperty("digest." + table + "." + content); //$NON-NLS-1$ //$NON-NLS-2$
		boolean referenced = list(DECLARED.getProperty("referenced")).contains(table); //$NON-NLS-1$
		return new TableSpec(table, List.copyOf(fields), Map.copyOf(references), Set.copyOf(setNull), owner,
				label == null ? "ID" : label, Map.copyOf(groups), content, digest, referenced); //$NON-NLS-1$
	}

	/** Parents before children; a reference to itself does not order. */
	private static List<TableSpec> ordered(Map<String, TableSpec> tables) {
		List<TableSpec> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		List<TableSpec> left = new ArrayList<>(tables.values());
		left.sort((a, b) -> a.name().compareTo(b.name()));
		while (!left.isEmpty()) {
			boolean progress = false;
			for (var it = left.iterator(); it.hasNext();) {
				TableSpec table = it.next();
				boolean ready = true;
				for (String parent : table.references().values()) {
					if (!parent.equals(table.name()) && tables.containsKey(parent) && !placed.contains(parent)) {
						ready = false;
					}
				}
				if (ready) {
					ordered.add(table);
					placed.add(table.name());
					it.remove();
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("Tables reference each other in a cycle: " + left); //$NON-NLS-1$
			}
		}
		return List.copyOf(ordered);
	}

	/** Whether the table exists in the connection's schema. */
	static boolean tableExists(Connection connection, String table) throws SQLException {
		try (ResultSet rs = connection.getMetaData().getTables(null, schemaOf(connection), table, null)) {
			return rs.next();
		}
	}

	private static String schemaOf(Connection connection) throws SQLException {
		return connection.getSchema();
	}

	/** A document's content: BLOB in H2, BYTEA in PostgreSQL (H2 reports a UUID as BINARY too). */
	private static boolean isLargeBinary(int type, String typeName) {
		return type == Types.BLOB || type == Types.LONGVARBINARY || "BYTEA".equalsIgnoreCase(typeName) //$NON-NLS-1$
				|| "BINARY LARGE OBJECT".equalsIgnoreCase(typeName); //$NON-NLS-1$
	}

	private static boolean isText(int type) {
		return type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR || type == Types.LONGVARCHAR
				|| type == Types.CLOB || type == Types.NCHAR;
	}

	private static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	private static Properties declaration() {
		Properties properties = new Properties();
		try (InputStream in = SyncSchema.class.getResourceAsStream("schema.properties")) { //$NON-NLS-1$
			properties.load(in);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("pau.sync's schema.properties cannot be read", e); //$NON-NLS-1$
		}
		return properties;
	}
}
