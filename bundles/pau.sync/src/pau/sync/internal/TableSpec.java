package pau.sync.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sync engine knows of one table, read from the schema ({@link SyncSchema}).
 *
 * @param name table name
 * @param fields columns other than ID, VERSION and the content column, in schema order
 * @param references foreign-key column → referenced table
 * @param setNullReferences foreign-key columns whose referenced row's deletion sets them to NULL
 * @param ownerColumn the column referencing the procedure its rows belong to (ON DELETE CASCADE), or
 *            null when rows belong to no procedure
 * @param labelField the column that names a row in the report
 * @param groups columns that merge as one unit, by group name
 * @param contentColumn a large binary column streamed separately, or null
 * @param digestColumn the SHA-256 column the content is checked against, or null
 * @param copiedAsReferenced a reference table copied only as far as the copied rows reference it
 */
record TableSpec(String name, List<String> fields, Map<String, String> references, Set<String> setNullReferences,
		String ownerColumn, String labelField, Map<String, List<String>> groups, String contentColumn,
		String digestColumn, boolean copiedAsReferenced) {

	/** Whether rows belong to one procedure and go offline with it. */
	boolean procedureOwned() {
		return ownerColumn != null;
	}

	/** Whether the table has a content column streamed separately (documents). */
	boolean hasContent() {
		return contentColumn != null;
	}

	/** Comma-separated ID, VERSION and fields, for SELECTs. */
	String selectList() {
		return "ID, VERSION, " + String.join(", ", fields);
	}

	/** Name of the table holding the checkout-time state of this table's rows, in the offline database. */
	String baseTable() {
		return "SYNC_BASE_" + name;
	}

	/** The group a field merges in, or null when it merges alone. */
	String groupOf(String field) {
		for (Map.Entry<String, List<String>> group : groups.entrySet()) {
			if (group.getValue().contains(field)) {
				return group.getKey();
			}
		}
		return null;
	}
}
