package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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

	private final Connection offline;
	private final Connection main;

	MergeApplier(Connection offline, Connection main) {
		this.offline = offline;
		this.main = main;
	}

	void apply(MergePlan plan, IProgressMonitor monitor) throws SQLException, ConcurrentChange {
		SubMonitor progress = SubMonitor.convert(monitor, plan.schema.all().size());
		for (TableSpec table : plan.schema.all()) {
			progress.subTask(table.name());
			insert(table, plan.inserts(table));
			for (MergePlan.Update update : plan.updates(table)) {
				update(update);
			}
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
				CheckoutCopy.copyContent(offline, Dialect.H2, main, row.row().id, (String) row.row().get(table.digestColumn()),
						ContentCheck.Source.OFFLINE);
			}
		}
	}

	private void update(MergePlan.Update update) throws SQLException, ConcurrentChange {
		StringBuilder sql = new StringBuilder("UPDATE ").append(update.table().name()).append(" SET ");
		for (String field : update.values().keySet()) {
			sql.append(field).append(" = ?, ");
		}
		sql.append("VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?");
		try (PreparedStatement statement = main.prepareStatement(sql.toString())) {
			int c = 1;
			for (Map.Entry<String, Object> value : update.values().entrySet()) {
				statement.setObject(c++, value.getValue());
			}
			statement.setObject(c++, update.id());
			statement.setLong(c, update.expectedVersion());
			if (statement.executeUpdate() != 1) {
				throw new ConcurrentChange(update.table().name() + " " + update.id());
			}
		}
		if (update.content()) {
			CheckoutCopy.copyContent(offline, Dialect.H2, main, update.id(), (String) update.values().get(update.table().digestColumn()),
					ContentCheck.Source.OFFLINE);
		}
	}
}
