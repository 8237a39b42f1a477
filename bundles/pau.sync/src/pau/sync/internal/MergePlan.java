package pau.sync.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import pau.sync.SyncReport;

/**
 * What a synchronization will write into main, per table in dependency order, and the report of
 * every decision. Planning only reads; applying is {@link MergeApplier}'s job.
 */
final class MergePlan {

	/** A row to insert into main: created offline, or brought back (M2). */
	record Insert(TableSpec table, Row row) {
	}

	/** Fields to set on a main row, guarded by the row version read while planning. */
	record Update(TableSpec table, UUID id, long expectedVersion, Map<String, Object> values, boolean content) {
	}

	final SyncReport report;
	final SyncSchema schema;
	private final Map<String, Map<UUID, Insert>> inserts = new LinkedHashMap<>();
	private final Map<String, List<Update>> updates = new LinkedHashMap<>();

	MergePlan(SyncSchema schema, SyncReport report) {
		this.report = report;
		this.schema = schema;
		for (TableSpec table : schema.all()) {
			inserts.put(table.name(), new LinkedHashMap<>());
			updates.put(table.name(), new ArrayList<>());
		}
	}

	void insert(TableSpec table, Row row) {
		if (inserts.get(table.name()).putIfAbsent(row.id, new Insert(table, row)) == null) {
			report.countInsert(table.name());
		}
	}

	boolean inserts(TableSpec table, UUID id) {
		return inserts.get(table.name()).containsKey(id);
	}

	void update(Update update) {
		updates.get(update.table().name()).add(update);
		report.countUpdate(update.table().name());
	}

	List<Insert> inserts(TableSpec table) {
		return List.copyOf(inserts.get(table.name()).values());
	}

	List<Update> updates(TableSpec table) {
		return updates.get(table.name());
	}
}
