package pau.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import pau.sync.OfflineChanges;

/**
 * Counts what was created, changed and deleted offline since the checkout (B12), from the offline
 * database alone: the rows its change marks name, not every row taken (issue 21 item 4).
 */
final class OfflineDiff {

	private OfflineDiff() {
	}

	static OfflineChanges count(Connection offline) throws SQLException {
		int created = 0;
		int changed = 0;
		int deleted = 0;
		SyncSchema schema = SyncSchema.read(offline);
		OfflineRows rows = OfflineRows.read(offline, schema);
		for (TableSpec table : schema.all()) {
			Map<UUID, Row> base = rows.bases(table);
			for (Row row : rows.touched(table).values()) {
				Row before = base.get(row.id);
				if (before == null) {
					created++;
				} else if (MergePlanner.changed(table, row, before)) {
					changed++;
				}
			}
			deleted += rows.deleted(table).size();
		}
		return new OfflineChanges(created, changed, deleted);
	}
}
