package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * The three-way merge (docs/merge.md): for every row created, changed or deleted offline (as the copy's
 * change marks say, {@link OfflineRows}), compares the offline state (O) with the checkout-time state (B)
 * and main as it is now (M), field by field, and plans what to write into main by the rules M1–M6.
 * Reads only.
 */
final class MergePlanner {

	private final Connection offline;
	private final Connection main;
	private final SyncReport report;
	private SyncSchema schema;
	private MergePlan plan;
	/** What changed in the copy, and its rows by id (issue 21 item 4: the cost follows the changes). */
	private OfflineRows rows;
	private final Map<String, Map<UUID, Row>> mainRows = new HashMap<>();
	/** Per table, the ids looked up in main: those not in {@link #mainRows} are not in main. */
	private final Map<String, Set<UUID>> lookedUp = new HashMap<>();
	/** Offline procedure → main procedure it is attached to (M4). */
	private final Map<UUID, UUID> attached = new HashMap<>();
	/** Rows edited offline that main deleted; reported unless something brings them back. */
	private final Map<UUID, TableSpec> editsOfDeleted = new LinkedHashMap<>();
	private final boolean lockChangedRows;
	private EntrySubjects subjects;

	/**
	 * @param lockChangedRows whether to lock in main the rows changed offline before reading them
	 *            (a synchronization; a preview only reads)
	 */
	MergePlanner(Connection offline, Connection main, SyncReport report, boolean lockChangedRows) {
		this.offline = offline;
		this.main = main;
		this.report = report;
		this.lockChangedRows = lockChangedRows;
	}

	MergePlan plan() throws SQLException {
		schema = SyncSchema.read(offline); // the copy's schema: migrated to this release's at open
		plan = new MergePlan(schema, report);
		rows = OfflineRows.read(offline, schema);
		readMain();
		subjects = new EntrySubjects(schema, this::find);
		for (TableSpec table : schema.all()) {
			planTable(table);
		}
		for (Map.Entry<UUID, TableSpec> edit : editsOfDeleted.entrySet()) {
			if (!plan.inserts(edit.getValue(), edit.getKey())) {
				Row row = rows.touched(edit.getValue()).get(edit.getKey());
				report(Kind.EDIT_OF_DELETED_NOT_APPLIED, edit.getValue(), row, null, null, null);
			}
		}
		countByProcedure();
		return plan;
	}

	/**
	 * Reads from main only the rows a plan can touch: those changed, created or deleted offline, and the
	 * rows the changed and created ones refer to (M2). A row left unchanged offline needs nothing from
	 * main, so a sync costs what was changed, not what was taken (B9). The rows changed offline are
	 * read as they are locked, all of them (in the order of {@link MainRowLocks}) before any other row is
	 * read.
	 */
	private void readMain() throws SQLException {
		Map<String, List<UUID>> changed = new HashMap<>();
		for (TableSpec table : schema.all()) {
			lookedUp.put(table.name(), new LinkedHashSet<>());
		}
		for (TableSpec table : schema.all()) {
			Map<UUID, Row> base = rows.bases(table);
			Set<UUID> wanted = lookedUp.get(table.name());
			List<UUID> edited = new ArrayList<>();
			for (Row row : rows.touched(table).values()) {
				Row before = base.get(row.id);
				if (before == null) {
					wanted.add(row.id);
				} else if (editedOffline(table, row, before)) {
					edited.add(row.id);
				} else {
					continue;
				}
				for (Map.Entry<String, String> reference : table.references().entrySet()) {
					UUID target = row.uuid(reference.getKey());
					if (target != null) {
						lookedUp.get(reference.getValue()).add(target);
					}
				}
			}
			wanted.addAll(rows.deleted(table));
			wanted.addAll(edited);
			changed.put(table.name(), edited);
		}
		for (TableSpec table : schema.all()) {
			// Only rows changed offline are ever updated; read as they are locked, nobody can change them
			// between this read and the version-guarded update.
			mainRows.put(table.name(), lockChangedRows
					? MainRowLocks.lockAndRead(main, table, changed.get(table.name()))
					: new HashMap<>());
		}
		for (TableSpec table : schema.all()) {
			// The rest after every lock is held: what a colleague committed with the locked rows is seen.
			Map<UUID, Row> read = mainRows.get(table.name());
			Set<UUID> rest = new LinkedHashSet<>(lookedUp.get(table.name()));
			rest.removeAll(read.keySet());
			read.putAll(RowReads.byIds(main, table, rest));
		}
	}

	/** A row: main's as the planner read it, else the copy's as it is now, else as it was taken. */
	private Row find(String table, UUID id) throws SQLException {
		if (id == null || !mainRows.containsKey(table)) {
			return null;
		}
		Row row = mainRows.get(table).get(id);
		if (row == null) {
			row = rows.offline(schema.byName(table), id);
		}
		return row != null ? row : rows.base(schema.byName(table), id);
	}

	/**
	 * B1: every procedure the copy returns (as taken, and created offline), with the records inserted
	 * and updated in each, for the report's groups and its list of procedures; then records of no
	 * procedure under null.
	 */
	private void countByProcedure() throws SQLException {
		Map<UUID, int[]> counts = new LinkedHashMap<>();
		String root = schema.root().name();
		rows.bases(schema.root()).keySet().forEach(id -> counts.put(id, new int[2])); // the root is read whole
		rows.touched(schema.root()).keySet().forEach(id -> counts.putIfAbsent(id, new int[2]));
		for (TableSpec table : schema.all()) {
			for (MergePlan.Insert insert : plan.inserts(table)) {
				counts.computeIfAbsent(subjects.procedureOf(table, insert.row()), id -> new int[2])[0]++;
			}
			for (MergePlan.Update update : plan.updates(table)) {
				Row row = rows.touched(table).get(update.id());
				counts.computeIfAbsent(row == null ? null : subjects.procedureOf(table, row), id -> new int[2])[1]++;
			}
		}
		Map<UUID, Row> procedures = new LinkedHashMap<>();
		for (UUID id : counts.keySet()) {
			procedures.put(id, find(root, id));
		}
		for (Map.Entry<String, String> reference : schema.root().references().entrySet()) {
			// The debtors the report names, read at once (one query a procedure was most of planning a large copy).
			List<UUID> targets = new ArrayList<>();
			for (Row procedure : procedures.values()) {
				if (procedure != null) {
					targets.add(procedure.uuid(reference.getKey()));
				}
			}
			rows.prefetch(schema.byName(reference.getValue()), targets);
		}
		for (Map.Entry<UUID, int[]> count : counts.entrySet()) {
			Row procedure = procedures.get(count.getKey());
			plan.report.procedures().put(count.getKey(), new SyncReport.ProcedureCounts(
					procedure == null ? null : subjects.debtorOf(procedure),
					procedure == null ? null : text(procedure.get(SyncSchema.caseNumberColumn())), count.getValue()[0],
					count.getValue()[1]));
		}
	}

	private void planTable(TableSpec table) throws SQLException {
		Map<UUID, Row> b = rows.bases(table);
		Map<UUID, Row> m = mainRows.get(table.name());
		for (Row offlineRow : rows.touched(table).values()) {
			Row base = b.get(offlineRow.id);
			Row current = m.get(offlineRow.id);
			if (base == null) {
				planCreated(table, remap(table, offlineRow), current);
			} else if (!lookedUp.get(table.name()).contains(offlineRow.id)) {
				continue; // unchanged offline: nothing to merge, main not read (readMain)
			} else if (current == null) {
				if (editedOffline(table, offlineRow, base)) {
					editsOfDeleted.put(offlineRow.id, table);
				}
			} else {
				planChanged(table, remap(table, offlineRow), base, current);
			}
		}
		for (UUID id : rows.deleted(table)) {
			if (m.containsKey(id)) {
				report(Kind.DELETION_NOT_TRANSFERRED, table, m.get(id), null, null, null);
			}
		}
	}

	/** M6, M4, M2: a row created offline is inserted once, attached to a twin, or brings back what it needs. */
	private void planCreated(TableSpec table, Row row, Row current) throws SQLException {
		if (current != null) {
			return; // Already in main (an earlier run): nothing is inserted twice.
		}
		if (table == schema.root()) {
			UUID twin = findTwin(row);
			if (twin != null) {
				attached.put(row.id, twin);
				plan.report.add(new Entry(Kind.ATTACHED, table.name(), row.id, label(table, row), null, null,
						twin.toString(), subjects.of(table, row, null, null, null), null));
				return;
			}
		}
		plan.insert(table, row);
		ensureReferences(table, row);
	}

	/**
	 * M1: fields changed only offline are applied; a field changed on both sides keeps main's value.
	 * Columns of a group (a document's content) merge as one: all from offline or all from main.
	 */
	private void planChanged(TableSpec table, Row offlineRow, Row base, Row current) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		Set<String> groupsDone = new java.util.HashSet<>();
		for (String field : table.fields()) {
			String group = table.groupOf(field);
			if (group != null) {
				if (groupsDone.add(group)) {
					planGroup(table, group, offlineRow, base, current, values);
				}
				continue;
			}
			Object mine = offlineRow.get(field);
			if (Row.same(mine, base.get(field)) || unlinkedByOfflineDeletion(table, field, mine, base)) {
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
					table.hasContent() && values.containsKey(table.digestColumn())));
			ensureReferences(table, offlineRow);
		}
	}

	private void planGroup(TableSpec table, String group, Row offlineRow, Row base, Row current, Map<String, Object> values)
			throws SQLException {
		List<String> fields = table.groups().get(group);
		if (!differs(fields, offlineRow, base)) {
			return;
		}
		if (!differs(fields, current, base)) {
			for (String field : fields) {
				if (!Row.same(offlineRow.get(field), current.get(field))) {
					values.put(field, offlineRow.get(field));
				}
			}
		} else if (differs(fields, current, offlineRow)) {
			report(Kind.CONFLICT_MAIN_KEPT, table, current, group, groupText(fields, offlineRow), groupText(fields, current));
		}
	}

	private static boolean differs(List<String> fields, Row a, Row b) {
		for (String field : fields) {
			if (!Row.same(a.get(field), b.get(field))) {
				return true;
			}
		}
		return false;
	}

	private static String groupText(List<String> fields, Row row) {
		List<String> parts = new ArrayList<>();
		for (String field : fields) {
			Object value = row.get(field);
			if (value != null) {
				parts.add(value.toString());
			}
		}
		return String.join(" \u00b7 ", parts); //$NON-NLS-1$
	}

	/**
	 * M5: a reference set to NULL by ON DELETE SET NULL when its row was deleted offline is the
	 * deletion's trace, not an edit: offline deletions never reach main.
	 */
	private boolean unlinkedByOfflineDeletion(TableSpec table, String field, Object mine, Row base) {
		Object before = base.get(field);
		if (mine != null || before == null || !table.setNullReferences().contains(field)) {
			return false;
		}
		return rows.deleted(schema.byName(table.references().get(field))).contains(before);
	}

	/** Whether the user changed the row offline (what ON DELETE SET NULL of an offline deletion did is no change). */
	private boolean editedOffline(TableSpec table, Row row, Row base) {
		for (String field : table.fields()) {
			Object mine = row.get(field);
			if (!Row.same(mine, base.get(field)) && !unlinkedByOfflineDeletion(table, field, mine, base)) {
				return true;
			}
		}
		return false;
	}

	/** M2: every row a planned row refers to must exist in main; bring back what main deleted. */
	private void ensureReferences(TableSpec table, Row row) throws SQLException {
		for (Map.Entry<String, String> reference : table.references().entrySet()) {
			UUID target = row.uuid(reference.getKey());
			if (target == null) {
				continue;
			}
			TableSpec parent = schema.byName(reference.getValue());
			if (plan.inserts(parent, target) || existsInMain(parent, target)) {
				continue;
			}
			Row restored = rows.offline(parent, target);
			if (restored == null) {
				restored = rows.base(parent, target);
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
		if (lookedUp.get(table.name()).contains(id)) {
			return mainRows.get(table.name()).containsKey(id);
		}
		Map<UUID, Row> found = RowReads.byIds(main, table, List.of(id));
		mainRows.get(table.name()).putAll(found);
		lookedUp.get(table.name()).add(id);
		return !found.isEmpty();
	}

	/**
	 * M4: the same procedure created in main: the declared columns equal (enterprise, type) and the
	 * same normalized case number. Of several, the first by ID: the same choice on every run.
	 */
	private UUID findTwin(Row procedure) throws SQLException {
		String caseColumn = SyncSchema.caseNumberColumn();
		String caseNumber = Procedure.normalizeCaseNumber((String) procedure.get(caseColumn));
		if (caseNumber.isEmpty()) {
			return null; // no case number yet: nothing says it is the same procedure
		}
		List<String> twin = SyncSchema.twinColumns();
		StringBuilder where = new StringBuilder();
		for (String column : twin) {
			where.append(where.isEmpty() ? "" : " AND ").append(column).append(" = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		TableSpec root = schema.root();
		try (PreparedStatement select = main.prepareStatement("SELECT ID, " + caseColumn + " FROM " + root.name() //$NON-NLS-1$ //$NON-NLS-2$
				+ (twin.isEmpty() ? "" : " WHERE " + where) + " ORDER BY ID")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (int i = 0; i < twin.size(); i++) {
				select.setObject(i + 1, procedure.get(twin.get(i)));
			}
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					UUID id = rs.getObject(1, UUID.class);
					if (!rows.bases(root).containsKey(id)
							&& Procedure.normalizeCaseNumber(rs.getString(2)).equals(caseNumber)) {
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
		UUID target = attached.get(row.uuid(table.ownerColumn()));
		if (target == null) {
			return row;
		}
		Map<String, Object> values = new LinkedHashMap<>(row.values);
		values.put(table.ownerColumn(), target);
		return new Row(row.id, row.version, values);
	}

	static boolean changed(TableSpec table, Row a, Row b) {
		for (String field : table.fields()) {
			if (!Row.same(a.get(field), b.get(field))) {
				return true;
			}
		}
		return false;
	}

	private void report(Kind kind, TableSpec table, Row row, String field, Object offlineValue, Object mainValue)
			throws SQLException {
		plan.report.add(new Entry(kind, table.name(), row.id, label(table, row), field, text(offlineValue),
				text(mainValue), subjects.of(table, row, field, offlineValue, mainValue), null));
	}

	private static String label(TableSpec table, Row row) {
		Object label = row.get(table.labelField());
		return label == null ? row.id.toString() : label.toString();
	}

	static String text(Object value) {
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value == null ? null : value.toString();
	}
}
