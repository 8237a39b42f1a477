package pau.sync.internal;

import java.util.List;
import java.util.Map;

/**
 * What the sync engine knows of one table of the public schema: its fields and its references.
 *
 * @param name table name
 * @param fields columns other than ID, VERSION and CONTENT, in schema order
 * @param references foreign-key column → referenced table
 * @param procedureOwned whether rows belong to one procedure (PROCEDURE_ID) and go offline with it
 * @param labelField the column that names a row in the report
 */
record TableSpec(String name, List<String> fields, Map<String, String> references, boolean procedureOwned,
		String labelField) {

	/** Whether the table has a CONTENT column streamed separately (documents). */
	boolean hasContent() {
		return name.equals("DOCUMENTS");
	}

	/** Comma-separated ID, VERSION and fields, for SELECTs. */
	String selectList() {
		return "ID, VERSION, " + String.join(", ", fields);
	}

	/** Name of the table holding the checkout-time state of this table's rows, in the offline database. */
	String baseTable() {
		return "SYNC_BASE_" + name;
	}
}
