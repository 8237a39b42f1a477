package pau.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import pau.sync.OfflineChanges;

/**
 * Counts what was created, changed and deleted offline since the checkout (B12), from the offline
 * database alone.
 */
final class OfflineDiff {

	private OfflineDiff() {
	}

	static OfflineChanges count(Connection offline) throws SQLException {
		int created = 0;
		int changed = 0;
		int deleted = 0;
		for (TableSpec table : SyncSchema.read(offline).all()) {
			Map<UUID, Row> current = RowReads.all(offline, table.name(), table);
			Map<UUID, Row> base = RowReads.base(offline, table);
			for (Row row : current.values()) {
				Row before = base.get(row.id);
				if (before == null) {
					created++;
				} else if (MergePlanner.changed(table, row, before)) {
					changed++;
				}
			}
			for (UUID id : base.keySet()) {
				if (!current.containsKey(id)) {
					deleted++;
				}
			}
		}
		return new OfflineChanges(created, changed, deleted);
	}
}
