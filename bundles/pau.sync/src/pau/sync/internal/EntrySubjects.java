package pau.sync.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import pau.sync.SyncReport.Fact;
import pau.sync.SyncReport.Subject;

/**
 * What a report entry is about in the user's terms (B1): the procedure a row belongs to (its debtor
 * and case number) and the values that describe the row, looked up while planning among main's rows
 * the planner read, then the copy's as it is and as it was taken (looked up by id when not read), so a report read years later
 * needs neither the offline copy nor rows main may have deleted since.
 */
final class EntrySubjects {

	/** Finds a row of a table by id among the rows the planner read, or null. */
	interface Rows {
		Row find(String table, UUID id) throws SQLException;
	}

	private final SyncSchema schema;
	private final Rows rows;

	EntrySubjects(SyncSchema schema, Rows rows) {
		this.schema = schema;
		this.rows = rows;
	}

	Subject of(TableSpec table, Row row, String field, Object offlineValue, Object mainValue) throws SQLException {
		UUID procedureId = procedureOf(table, row);
		String debtor = null;
		String caseNumber = null;
		Row procedure = procedureId == null ? null : rows.find(schema.root().name(), procedureId);
		if (procedure != null) {
			caseNumber = text(procedure.get(SyncSchema.caseNumberColumn()));
			debtor = debtorOf(procedure);
		}
		List<Fact> facts = new ArrayList<>();
		for (String column : SyncSchema.describeColumns(table.name())) {
			facts.add(fact(table, row, column));
		}
		String valueType = null;
		String offlineName = null;
		String mainName = null;
		if (field != null) {
			if (table.groups().containsKey(field)) {
				valueType = Subject.GROUP;
			} else if (table.references().containsKey(field)) {
				valueType = "reference"; //$NON-NLS-1$
				offlineName = nameOf(table.references().get(field), offlineValue);
				mainName = nameOf(table.references().get(field), mainValue);
			} else {
				valueType = typeOf(table.name(), field, offlineValue != null ? offlineValue : mainValue);
			}
		}
		return new Subject(procedureId, debtor, caseNumber, List.copyOf(facts), valueType, offlineName, mainName);
	}

	/** The procedure a row belongs to: itself, its owner, or none (debtors, creditors). */
	UUID procedureOf(TableSpec table, Row row) {
		if (table == schema.root()) {
			return row.id;
		}
		return table.procedureOwned() ? row.uuid(table.ownerColumn()) : null;
	}

	/** The procedure's debtor, by the first reference of the procedure table that names a row. */
	String debtorOf(Row procedure) throws SQLException {
		for (var reference : schema.root().references().entrySet()) {
			String name = nameOf(reference.getValue(), procedure.get(reference.getKey()));
			if (name != null) {
				return name;
			}
		}
		return null;
	}

	private Fact fact(TableSpec table, Row row, String column) throws SQLException {
		int dot = column.indexOf('.');
		if (dot > 0) {
			String reference = column.substring(0, dot);
			String parent = table.references().get(reference);
			Row target = parent == null ? null : rows.find(parent, row.uuid(reference));
			Object value = target == null ? null : target.get(column.substring(dot + 1));
			return new Fact(parent == null ? "text" : typeOf(parent, column.substring(dot + 1), value), text(value)); //$NON-NLS-1$
		}
		Object value = row.get(column);
		return new Fact(typeOf(table.name(), column, value), text(value));
	}

	private String nameOf(String table, Object id) throws SQLException {
		String column = SyncSchema.nameColumn(table);
		if (!(id instanceof UUID uuid) || column == null) {
			return null;
		}
		Row target = rows.find(table, uuid);
		return target == null ? null : text(target.get(column));
	}

	/** The type of a column's values, from the value itself (the planner's values are typed) and the declaration. */
	static String typeOf(String table, String column, Object value) {
		String enumName = SyncSchema.enumOf(table, column);
		if (enumName != null) {
			return "enum:" + enumName; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal) {
			return "decimal"; //$NON-NLS-1$
		}
		if (value instanceof LocalDate) {
			return "date"; //$NON-NLS-1$
		}
		if (value instanceof LocalDateTime) {
			return "timestamp"; //$NON-NLS-1$
		}
		if (value instanceof Boolean) {
			return "boolean"; //$NON-NLS-1$
		}
		if (value instanceof Long || value instanceof Integer) {
			return "number"; //$NON-NLS-1$
		}
		if (value instanceof UUID) {
			return "reference"; //$NON-NLS-1$
		}
		return "text"; //$NON-NLS-1$
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
