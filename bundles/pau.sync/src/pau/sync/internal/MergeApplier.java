package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import pau.store.Dialect;

/**
 * Writes a {@link MergePlan} into main, inside the caller's transaction: inserts parents before
 * children, updates guarded by the row version read while planning. Document content is verified
 * against its SHA256 as it streams into main; damaged content refuses the whole synchronization.
 */
final class MergeApplier {

	/** A row changed in main after planning; the caller rolls back and plans again. */
	static final class ConcurrentChange extends Exception {
		private static final long serialVersionUID = 1L;

		ConcurrentChange(String message) {
			super(message);
		}
	}

	/** Updates sent in one request (both drivers send a batch whole): 1,000 changed claims are one round trip. */
	private static final int BATCH = 1_000;

	private final Connection offline;
	private final Connection main;

	MergeApplier(Connection offline, Connection main) {
		this.offline = offline;
		this.main = main;
	}

	void apply(MergePlan plan, IProgressMonitor monitor) throws SQLException, ConcurrentChange {
		SubMonitor progress = SubMonitor.convert(monitor, plan.schema.all().size());
		for (TableSpec table : plan.schema.all()) {
			progress.subTask(Messages.bind(Messages.Sync_applying, pau.model.ValueLabels.table(table.name())));
			insert(table, plan.inserts(table));
			update(table, plan.updates(table));
			progress.worked(1);
		}
	}

	private void insert(TableSpec table, List<MergePlan.Insert> inserts) throws SQLException {
		if (inserts.isEmpty()) {
			return;
		}
		List<String> columns = new ArrayList<>(List.of("ID", "VERSION"));
		columns.addAll(table.fields());
		String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		try (PreparedStatement insert = main.prepareStatement(sql)) {
			for (MergePlan.Insert row : inserts) {
				insert.setObject(1, row.row().id);
				insert.setLong(2, 1);
				int c = 3;
				for (String field : table.fields()) {
					insert.setObject(c++, row.row().get(field));
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
		if (table.hasContent()) {
			for (MergePlan.Insert row : inserts) {
				ContentCopy.copyContent(offline, Dialect.H2, main, row.row().id, (String) row.row().get(table.digestColumn()),
						ContentCheck.Source.OFFLINE, false);
			}
		}
	}

	/**
	 * Updates a table's rows with one JDBC batch per set of changed columns: one round trip per batch,
	 * not per row (a main server over a VPN answers in milliseconds). Each row must match its version.
	 */
	private void update(TableSpec table, List<MergePlan.Update> updates) throws SQLException, ConcurrentChange {
		Map<List<String>, List<MergePlan.Update>> byColumns = new LinkedHashMap<>();
		for (MergePlan.Update update : updates) {
			byColumns.computeIfAbsent(List.copyOf(update.values().keySet()), k -> new ArrayList<>()).add(update);
		}
		for (Map.Entry<List<String>, List<MergePlan.Update>> group : byColumns.entrySet()) {
			StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
			for (String field : group.getKey()) {
				sql.append(field).append(" = ?, ");
			}
			sql.append("VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?");
			List<MergePlan.Update> rows = group.getValue();
			try (PreparedStatement statement = main.prepareStatement(sql.toString())) {
				for (int start = 0; start < rows.size(); start += BATCH) {
					List<MergePlan.Update> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
					for (MergePlan.Update update : batch) {
						int c = 1;
						for (String field : group.getKey()) {
							statement.setObject(c++, update.values().get(field));
						}
						statement.setObject(c++, update.id());
						statement.setLong(c, update.expectedVersion());
						statement.addBatch();
					}
					int[] counts = statement.executeBatch();
					for (int i = 0; i < counts.length; i++) {
						if (counts[i] != 1 && counts[i] != java.sql.Statement.SUCCESS_NO_INFO) {
							throw new ConcurrentChange(table.name() + " " + batch.get(i).id());
						}
					}
				}
			}
		}
		for (MergePlan.Update update : updates) {
			if (update.content()) {
				ContentCopy.copyContent(offline, Dialect.H2, main, update.id(),
						(String) update.values().get(table.digestColumn()), ContentCheck.Source.OFFLINE, false);
			}
		}
	}
}
