package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import pau.store.Dialect;

/**
 * Issue 20, {@code refresh}: brings the office's changes into the offline copy in use, in the caller's
 * one transaction, without handing anything in. Row by row, against the copy's base (the state as
 * taken) and main now:
 * <ul>
 * <li>a row main has and the copy never had (a colleague's new claim) is added, as taken now;</li>
 * <li>a row not changed offline takes main's values, in the copy and in its base;</li>
 * <li>a row main deleted goes, when it was not changed offline;</li>
 * <li>a row changed, created or deleted offline stays as it is, with its base: offline work wins
 * nothing silently, the next synchronization applies the rules (M1–M6) to it against main.</li>
 * </ul>
 * Document content moves only where a row's SHA-256 changed (B15).
 */
final class CopyRefresh {

	private final Connection main;
	private final Dialect mainDialect;
	private final Connection offline;
	private final SyncSchema schema;
	/** Tables with change marks: a row written here equal to its base is unmarked ({@link ChangeMarks}). */
	private final Set<String> marked;
	private final Map<String, Integer> arrived = new LinkedHashMap<>();
	private int valuesTaken;
	private int deleted;
	private long bytes;

	CopyRefresh(Connection main, Dialect mainDialect, Connection offline) throws SQLException {
		this.main = main;
		this.mainDialect = mainDialect;
		this.offline = offline;
		this.schema = SyncSchema.read(offline);
		this.marked = ChangeMarks.tables(offline);
	}

	/** Records that arrived from main, by table. */
	Map<String, Integer> arrived() {
		return arrived;
	}

	/** Records whose values (some or all) took main's. */
	int changed() {
		return valuesTaken;
	}

	/** Records deleted from the copy because main deleted them. */
	int deleted() {
		return deleted;
	}

	/** Bytes of document content read from main. */
	long bytes() {
		return bytes;
	}

	/** Refreshes the rows of these procedures (those main still has) and the reference rows they use. */
	void run(Set<UUID> procedures) throws SQLException {
		Map<String, Map<UUID, Row>> mainRows = new LinkedHashMap<>();
		Map<String, Map<UUID, Row>> offlineRows = new LinkedHashMap<>();
		Map<String, Map<UUID, Row>> baseRows = new LinkedHashMap<>();
		String in = procedures.isEmpty() ? "(NULL)" //$NON-NLS-1$
				: procedures.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Map<String, Set<UUID>> referenced = new LinkedHashMap<>();
		List<TableSpec> childrenFirst = new ArrayList<>(schema.all());
		Collections.reverse(childrenFirst);
		for (TableSpec table : childrenFirst) {
			Map<UUID, Row> o = RowReads.all(offline, table.name(), table);
			Map<UUID, Row> b = RowReads.base(offline, table);
			Map<UUID, Row> m;
			if (table == schema.root()) {
				m = RowReads.all(main, table.name() + " WHERE ID IN " + in, table);
			} else if (table.procedureOwned()) {
				m = RowReads.all(main, table.name() + " WHERE " + table.ownerColumn() + " IN " + in, table);
			} else {
				// Reference rows: those the copy holds or held, and those main's rows of the procedures use.
				Set<UUID> ids = new HashSet<>(referenced.getOrDefault(table.name(), Set.of()));
				ids.addAll(o.keySet());
				ids.addAll(b.keySet());
				m = RowReads.byIds(main, table, ids);
			}
			for (Map.Entry<String, String> reference : table.references().entrySet()) {
				Set<UUID> into = referenced.computeIfAbsent(reference.getValue(), k -> new HashSet<>());
				for (Row row : m.values()) {
					UUID target = row.uuid(reference.getKey());
					if (target != null) {
						into.add(target);
					}
				}
			}
			mainRows.put(table.name(), m);
			offlineRows.put(table.name(), o);
			baseRows.put(table.name(), b);
		}
		for (TableSpec table : childrenFirst) { // deletions, children first
			Map<UUID, Row> m = mainRows.get(table.name());
			Map<UUID, Row> o = offlineRows.get(table.name());
			for (Map.Entry<UUID, Row> base : baseRows.get(table.name()).entrySet()) {
				UUID id = base.getKey();
				Row current = o.get(id);
				if (!m.containsKey(id) && inScope(table, base.getValue(), procedures)
						&& (current == null || !MergePlanner.changed(table, current, base.getValue()))
						&& !stillUsed(table, id) && delete(table.name(), id)) {
					delete(table.baseTable(), id);
					deleted++;
				}
			}
		}
		for (TableSpec table : schema.all()) { // additions and changes, parents first
			Map<UUID, Row> o = offlineRows.get(table.name());
			Map<UUID, Row> b = baseRows.get(table.name());
			int added = 0;
			for (Row row : mainRows.get(table.name()).values()) {
				Row base = b.get(row.id);
				Row current = o.get(row.id);
				if (base == null && current == null) {
					insert(table, table.name(), row);
					insert(table, table.baseTable(), row);
					content(table, row, null);
					added++;
				} else if (base != null && current != null && !MergePlanner.changed(table, current, base)) {
					if (row.version != base.version || MergePlanner.changed(table, row, base)) {
						update(table, table.name(), row, true);
						update(table, table.baseTable(), row, true);
						content(table, row, base);
						if (MergePlanner.changed(table, row, base)) {
							valuesTaken++;
						}
					}
				} else if (base != null && current != null) {
					takeUnchangedValues(table, row, current, base);
				}
			}
			if (added > 0) {
				arrived.put(table.name(), added);
			}
		}
	}

	/**
	 * A row changed offline: the values (or groups of values, such as a document's content) not
	 * changed offline take main's, in the copy and its base; those changed offline stay with their base,
	 * for M1 at the next synchronization.
	 */
	private void takeUnchangedValues(TableSpec table, Row main, Row current, Row base) throws SQLException {
		Map<String, Object> now = new LinkedHashMap<>(current.values);
		Map<String, Object> was = new LinkedHashMap<>(base.values);
		boolean taken = false;
		boolean contentTaken = false;
		for (String field : table.fields()) {
			if (changedOffline(table, field, current, base) || Row.same(main.get(field), base.get(field))) {
				continue;
			}
			now.put(field, main.get(field));
			was.put(field, main.get(field));
			taken = true;
			contentTaken |= table.hasContent() && field.equals(table.digestColumn());
		}
		if (taken) {
			valuesTaken++;
			update(table, table.name(), new Row(current.id, current.version, now), false);
			update(table, table.baseTable(), new Row(base.id, base.version, was), false);
			if (contentTaken) {
				content(table, main, base);
			}
		}
	}

	/** Whether the field, or any field of its group, was changed offline. */
	private static boolean changedOffline(TableSpec table, String field, Row current, Row base) {
		String group = table.groupOf(field);
		List<String> fields = group == null ? List.of(field) : table.groups().get(group);
		for (String f : fields) {
			if (!Row.same(current.get(f), base.get(f))) {
				return true;
			}
		}
		return false;
	}

	/** Whether main's lack of the row means it was deleted there (not merely out of the procedures read). */
	private boolean inScope(TableSpec table, Row row, Set<UUID> procedures) {
		if (table == schema.root()) {
			return true; // a procedure main no longer has
		}
		if (table.procedureOwned()) {
			return procedures.contains(row.uuid(table.ownerColumn()));
		}
		return true; // reference rows were looked up by id
	}

	private void content(TableSpec table, Row row, Row before) throws SQLException {
		if (!table.hasContent()) {
			return;
		}
		String sha = table.digestColumn() == null ? null : (String) row.get(table.digestColumn());
		String was = before == null || table.digestColumn() == null ? null : (String) before.get(table.digestColumn());
		if (before != null && sha != null && sha.equals(was)) {
			return; // the same content: it does not cross the link again (B15)
		}
		bytes += ContentCopy.copyContent(main, mainDialect, offline, row.id, sha, ContentCheck.Source.MAIN,
				marked.contains(table.name()));
	}

	/**
	 * Whether rows kept offline (changed or created there) still hang off this procedure: then it is
	 * not deleted under them (the database would cascade), and the next sync applies M2 to it.
	 */
	private boolean stillUsed(TableSpec table, UUID id) throws SQLException {
		if (table != schema.root()) {
			return false;
		}
		for (TableSpec owned : schema.all()) {
			if (owned.procedureOwned()) {
				try (PreparedStatement select = offline.prepareStatement(
						"SELECT 1 FROM " + owned.name() + " WHERE " + owned.ownerColumn() + " = ? FETCH FIRST 1 ROWS ONLY")) {
					select.setObject(1, id);
					try (var rs = select.executeQuery()) {
						if (rs.next()) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/**
	 * Deletes the row; a reference row that a row kept offline still points to stays (the key's
	 * refusal), for the next synchronization to settle by M2.
	 */
	private boolean delete(String table, UUID id) throws SQLException {
		try (PreparedStatement delete = offline.prepareStatement("DELETE FROM " + table + " WHERE ID = ?")) {
			delete.setObject(1, id);
			delete.executeUpdate();
			return true;
		} catch (SQLException e) {
			if ("23503".equals(e.getSQLState())) { //$NON-NLS-1$ referential integrity: still referenced
				return false;
			}
			throw e;
		}
	}

	/** Inserts the row as main has it; into the copy's table (not its base) unmarked: it is as taken. */
	private void insert(TableSpec table, String into, Row row) throws SQLException {
		List<String> columns = new ArrayList<>(List.of("ID", "VERSION")); //$NON-NLS-1$ //$NON-NLS-2$
		columns.addAll(table.fields());
		boolean unmark = unmarks(table, into);
		try (PreparedStatement insert = offline.prepareStatement("INSERT INTO " + into + " (" + String.join(", ", columns)
				+ (unmark ? ", " + ChangeMarks.COLUMN : "") + ") VALUES (" //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + (unmark ? ", FALSE" : "") + ")")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			bind(insert, table, row);
			insert.executeUpdate();
		}
	}

	/**
	 * Writes the row's values; in the copy's table (not its base) unmarked when {@code asTaken} (the row
	 * now equals its base), else marked as any edit is.
	 */
	private void update(TableSpec table, String into, Row row, boolean asTaken) throws SQLException {
		StringBuilder sql = new StringBuilder("UPDATE ").append(into).append(" SET VERSION = ?"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String field : table.fields()) {
			sql.append(", ").append(field).append(" = ?"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (asTaken && unmarks(table, into)) {
			sql.append(", ").append(ChangeMarks.COLUMN).append(" = FALSE"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		sql.append(" WHERE ID = ?"); //$NON-NLS-1$
		try (PreparedStatement update = offline.prepareStatement(sql.toString())) {
			int i = 1;
			update.setLong(i++, row.version);
			for (String field : table.fields()) {
				update.setObject(i++, row.get(field));
			}
			update.setObject(i, row.id);
			update.executeUpdate();
		}
	}

	private boolean unmarks(TableSpec table, String into) {
		return into.equals(table.name()) && marked.contains(table.name());
	}

	private static void bind(PreparedStatement statement, TableSpec table, Row row) throws SQLException {
		int i = 1;
		statement.setObject(i++, row.id);
		statement.setLong(i++, row.version);
		for (String field : table.fields()) {
			statement.setObject(i++, row.get(field));
		}
	}
}
