package pau.sync.internal;

import java.util.List;
import java.util.Map;

/**
 * The tables the sync engine copies and merges, parents before children.
 */
final class Tables {

	static final TableSpec ENTERPRISES = new TableSpec("ENTERPRISES", List.of("NAME", "INN", "OGRN", "ADDRESS"),
			Map.of(), false, "NAME");
	static final TableSpec CREDITORS = new TableSpec("CREDITORS", List.of("NAME", "INN"), Map.of(), false, "NAME");
	static final TableSpec PROCEDURES = new TableSpec("PROCEDURES",
			List.of("ENTERPRISE_ID", "TYPE", "CASE_NUMBER", "COURT", "START_DATE", "END_DATE", "STATUS"),
			Map.of("ENTERPRISE_ID", "ENTERPRISES"), false, "CASE_NUMBER");
	static final TableSpec DOCUMENTS = new TableSpec("DOCUMENTS",
			List.of("PROCEDURE_ID", "FILE_NAME", "MEDIA_TYPE", "SIZE_BYTES", "SHA256"),
			Map.of("PROCEDURE_ID", "PROCEDURES"), true, "FILE_NAME");
	static final TableSpec CLAIMS = new TableSpec("CLAIMS",
			List.of("PROCEDURE_ID", "CREDITOR_ID", "AMOUNT", "QUEUE", "BASIS", "FILED_ON", "STATUS"),
			Map.of("PROCEDURE_ID", "PROCEDURES", "CREDITOR_ID", "CREDITORS"), true, "BASIS");
	static final TableSpec MEETINGS = new TableSpec("MEETINGS", List.of("PROCEDURE_ID", "HELD_AT", "PLACE", "AGENDA", "RESULT"),
			Map.of("PROCEDURE_ID", "PROCEDURES"), true, "HELD_AT");
	static final TableSpec CORRESPONDENCE = new TableSpec("CORRESPONDENCE",
			List.of("PROCEDURE_ID", "DIRECTION", "SENT_ON", "REF_NUMBER", "COUNTERPARTY", "SUBJECT", "DOCUMENT_ID"),
			Map.of("PROCEDURE_ID", "PROCEDURES", "DOCUMENT_ID", "DOCUMENTS"), true, "SUBJECT");

	/** In dependency order: a row's references always point to tables earlier in the list. */
	static final List<TableSpec> ALL = List.of(ENTERPRISES, CREDITORS, PROCEDURES, DOCUMENTS, CLAIMS, MEETINGS,
			CORRESPONDENCE);

	/** Tables whose rows belong to a procedure. */
	static final List<TableSpec> PROCEDURE_OWNED = List.of(DOCUMENTS, CLAIMS, MEETINGS, CORRESPONDENCE);

	private Tables() {
	}

	static TableSpec byName(String name) {
		for (TableSpec table : ALL) {
			if (table.name().equals(name)) {
				return table;
			}
		}
		throw new IllegalArgumentException(name);
	}
}
