package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import pau.model.Procedure;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Entry;
import pau.sync.SyncReport.Kind;

/**
 * The three-way merge (docs/merge.md): for every row taken offline or created offline, compares the
 * offline state (O) with the checkout-time state (B) and main as it is now (M), field by field, and
 * plans what to write into main by the rules M1–M6. Reads only.
 */
final class MergePlanner {

	private static final int CHUNK = 500;

	private final Connection offline;
	private final Connection main;
	private final MergePlan plan;
	private final Map<String, Map<UUID, Row>> offlineRows = new HashMap<>();
	private final Map<String, Map<UUID, Row>> baseRows = new HashMap<>();
	private final Map<String, Map<UUID, Row>> mainRows = new HashMap<>();
	/** Offline procedure → main procedure it is attached to (M4). */
	private final Map<UUID, UUID> attached = new HashMap<>();
	/** Rows edited offline that main deleted; reported unless something brings them back. */
	private final Map<UUID, TableSpec> editsOfDeleted = new LinkedHashMap<>();
	private final boolean lockChangedRows;

	/**
	 * @param lockChangedRows whether to lock in main the rows changed offline before reading them
	 *            (a synchronization; a preview only reads)
	 */
	MergePlanner(Connection offline, Connection main, SyncReport report, boolean lockChangedRows) {
		this.offline = offline;
		this.main = main;
		this.plan = new MergePlan(report);
		this.lockChangedRows = lockChangedRows;
	}

	MergePlan plan() throws SQLException {
		for (TableSpec table : Tables.ALL) {
			offlineRows.put(table.name(), readAll(offline, table.name(), table));
			baseRows.put(table.name(), readAll(offline, table.baseTable(), table));
		}
		if (lockChangedRows) {
			// Only rows changed offline are ever updated; locked before they are read, nobody can
			// change them between this read and the version-guarded update.
			for (TableSpec table : Tables.ALL) {
				MainRowLocks.lock(main, table, changedOffline(table));
			}
		}
		for (TableSpec table : Tables.ALL) {
			Set<UUID> ids = new LinkedHashSet<>(baseRows.get(table.name()).keySet());
			ids.addAll(offlineRows.get(table.name()).keySet());
			mainRows.put(table.name(), readByIds(main, table, ids));
		}
		for (TableSpec table : Tables.ALL) {
			planTable(table);
		}
		for (Map.Entry<UUID, TableSpec> edit : editsOfDeleted.entrySet()) {
			if (!plan.inserts(edit.getValue(), edit.getKey())) {
				Row row = offlineRows.get(edit.getValue().name()).get(edit.getKey());
				report(Kind.EDIT_OF_DELETED_NOT_APPLIED, edit.getValue(), row, null, null, null);
			}
		}
		return plan;
	}

	private void planTable(TableSpec table) throws SQLException {
		Map<UUID, Row> o = offlineRows.get(table.name());
		Map<UUID, Row> b = baseRows.get(table.name());
		Map<UUID, Row> m = mainRows.get(table.name());
		for (Row offlineRow : o.values()) {
			Row base = b.get(offlineRow.id);
			Row current = m.get(offlineRow.id);
			if (base == null) {
				planCreated(table, remap(table, offlineRow), current);
			} else if (current == null) {
				if (changed(table, offlineRow, base)) {
					editsOfDeleted.put(offlineRow.id, table);
				}
			} else {
				planChanged(table, remap(table, offlineRow), base, current);
			}
		}
		for (Row base : b.values()) {
			if (!o.containsKey(base.id) && m.containsKey(base.id)) {
				report(Kind.DELETION_NOT_TRANSFERRED, table, m.get(base.id), null, null, null);
			}
		}
	}

	/** M6, M4, M2: a row created offline is inserted once, attached to a twin, or brings back what it needs. */
	private void planCreated(TableSpec table, Row row, Row current) throws SQLException {
		if (current != null) {
			return; // Already in main (an earlier run): nothing is inserted twice.
		}
		if (table == Tables.PROCEDURES) {
			UUID twin = findTwin(row);
			if (twin != null) {
				attached.put(row.id, twin);
				plan.report.add(new Entry(Kind.ATTACHED, table.name(), row.id, label(table, row), null, null,
						twin.toString()));
				return;
			}
		}
		plan.insert(table, row);
		ensureReferences(table, row);
	}

	/** M1: fields changed only offline are applied; a field changed on both sides keeps main's value. */
	private void planChanged(TableSpec table, Row offlineRow, Row base, Row current) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (String field : table.fields()) {
			Object mine = offlineRow.get(field);
			if (Row.same(mine, base.get(field))) {
				continue;
			}
			if (Row.same(current.get(field), base.get(field))) {
				values.put(field, mine);
			} else if (!Row.same(current.get(field), mine)) {
				report(Kind.CONFLICT_MAIN_KEPT, table, current, field, mine, current.get(field));
			}
		}
		if (!values.isEmpty()) {
			plan.update(new MergePlan.Update(table, offlineRow.id, current.version, values,
					table.hasContent() && values.containsKey("SHA256")));
			ensureReferences(table, offlineRow);
		}
	}

	/** M2: every row a planned row refers to must exist in main; bring back what main deleted. */
	private void ensureReferences(TableSpec table, Row row) throws SQLException {
		for (Map.Entry<String, String> reference : table.references().entrySet()) {
			UUID target = row.uuid(reference.getKey());
			if (target == null) {
				continue;
			}
			TableSpec parent = Tables.byName(reference.getValue());
			if (plan.inserts(parent, target) || existsInMain(parent, target)) {
				continue;
			}
			Row restored = offlineRows.get(parent.name()).get(target);
			if (restored == null) {
				restored = baseRows.get(parent.name()).get(target);
			}
			if (restored == null) {
				continue; // Not known offline either: the insert will fail and roll everything back.
			}
			restored = remap(parent, restored);
			plan.insert(parent, restored);
			report(Kind.RESTORED, parent, restored, null, null, null);
			ensureReferences(parent, restored);
		}
	}

	private boolean existsInMain(TableSpec table, UUID id) throws SQLException {
		Map<UUID, Row> known = mainRows.get(table.name());
		if (known.containsKey(id)) {
			return true;
		}
		if (baseRows.get(table.name()).containsKey(id) || offlineRows.get(table.name()).containsKey(id)) {
			return false; // Read above: it was looked up and is not in main.
		}
		return !readByIds(main, table, List.of(id)).isEmpty();
	}

	/** M4: the same procedure created in main: same enterprise, same type, same normalized case number. */
	private UUID findTwin(Row procedure) throws SQLException {
		if (Procedure.normalizeCaseNumber((String) procedure.get("CASE_NUMBER")).isEmpty()) {
			return null; // no case number yet: nothing says it is the same procedure
		}
		try (PreparedStatement select = main.prepareStatement(
				"SELECT ID, CASE_NUMBER FROM PROCEDURES WHERE ENTERPRISE_ID = ? AND TYPE = ?")) {
			select.setObject(1, procedure.get("ENTERPRISE_ID"));
			select.setString(2, (String) procedure.get("TYPE"));
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					UUID id = rs.getObject(1, UUID.class);
					if (!baseRows.get("PROCEDURES").containsKey(id)
							&& Procedure.normalizeCaseNumber(rs.getString(2)).equals(Procedure.normalizeCaseNumber((String) procedure.get("CASE_NUMBER")))) {
						return id;
					}
				}
			}
		}
		return null;
	}

	/** Rows of an offline procedure attached to a main twin (M4) move to the twin. */
	private Row remap(TableSpec table, Row row) {
		if (!table.procedureOwned()) {
			return row;
		}
		UUID target = attached.get(row.uuid("PROCEDURE_ID"));
		if (target == null) {
			return row;
		}
		Map<String, Object> values = new LinkedHashMap<>(row.values);
		values.put("PROCEDURE_ID", target);
		return new Row(row.id, row.version, values);
	}

	/** Ids of the table's rows taken offline and changed there: the only rows a plan can update. */
	private List<UUID> changedOffline(TableSpec table) {
		Map<UUID, Row> base = baseRows.get(table.name());
		List<UUID> ids = new ArrayList<>();
		for (Row row : offlineRows.get(table.name()).values()) {
			Row before = base.get(row.id);
			if (before != null && changed(table, row, before)) {
				ids.add(row.id);
			}
		}
		return ids;
	}

	static boolean changed(TableSpec table, Row a, Row b) {
		for (String field : table.fields()) {
			if (!Row.same(a.get(field), b.get(field))) {
				return true;
			}
		}
		return false;
	}

	private void report(Kind kind, TableSpec table, Row row, String field, Object offlineValue, Object mainValue) {
		plan.report.add(new Entry(kind, table.name(), row.id, label(table, row), field, text(offlineValue),
				text(mainValue)));
	}

	private static String label(TableSpec table, Row row) {
		Object label = row.get(table.labelField());
		return label == null ? row.id.toString() : label.toString();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	static Map<UUID, Row> readAll(Connection connection, String source, TableSpec table) throws SQLException {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT " + table.selectList() + " FROM " + source);
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				Row row = Row.read(rs, table);
				rows.put(row.id, row);
			}
		}
		return rows;
	}

	/** Main's rows with these ids, looked up in chunks: cost follows the data taken offline (B9). */
	static Map<UUID, Row> readByIds(Connection connection, TableSpec table, Collection<UUID> ids) throws SQLException {
		Map<UUID, Row> rows = new HashMap<>();
		List<UUID> list = new ArrayList<>(ids);
		for (int start = 0; start < list.size(); start += CHUNK) {
			List<UUID> chunk = list.subList(start, Math.min(list.size(), start + CHUNK));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT " + table.selectList() + " FROM " + table.name() + " WHERE ID IN (" + marks + ")")) {
				for (int i = 0; i < chunk.size(); i++) {
					select.setObject(i + 1, chunk.get(i));
				}
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						Row row = Row.read(rs, table);
						rows.put(row.id, row);
					}
				}
			}
		}
		return rows;
	}
}
