package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * B9 (issue 10 item 3): going offline copies the taken procedures, what hangs off them and the
 * reference rows they use, and not one row more, whatever else main holds. Not timed: it counts rows.
 */
class CopiesOnlyWhatIsReferencedTest extends SyncTestBase {

	@Test
	void b9_goOfflineCopiesNoRowTheTakenProceduresDoNotReference() throws Exception {
		// Reference rows nobody in the taken procedure uses: another debtor's creditor, a lone creditor.
		UUID lone = UUID.randomUUID();
		SyncFixture.exec(f.mainDb(), "INSERT INTO CREDITORS (ID, VERSION, NAME) VALUES (?, 1, 'ООО «Посторонний»')", lone);
		UUID foreign = UUID.randomUUID();
		SyncFixture.exec(f.mainDb(), "INSERT INTO CREDITORS (ID, VERSION, NAME) VALUES (?, 1, 'АО «Чужой кредитор»')", foreign);
		SyncFixture.exec(f.mainDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
				+ "VALUES (?, 1, ?, ?, 10, 'THIRD', 'FILED')", UUID.randomUUID(), f.otherProcedure, foreign);
		SyncFixture.exec(f.mainDb(), "INSERT INTO ASSETS (ID, VERSION, PROCEDURE_ID, NAME, CATEGORY, STATUS) "
				+ "VALUES (?, 1, ?, 'Станок', 'EQUIPMENT', 'FOUND')", UUID.randomUUID(), f.otherProcedure);

		f.goOffline();

		List<String> unreferenced = new ArrayList<>();
		int rows = 0;
		try (Connection offline = f.offlineDb().getConnection(); Statement statement = offline.createStatement()) {
			DatabaseMetaData meta = offline.getMetaData();
			for (String table : publicTables(meta)) {
				List<String[]> referencing = referencing(meta, table);
				try (ResultSet ids = statement.executeQuery("SELECT ID FROM " + table)) {
					List<UUID> all = new ArrayList<>();
					while (ids.next()) {
						all.add(ids.getObject(1, UUID.class));
					}
					for (UUID id : all) {
						rows++;
						if (!(table.equals("PROCEDURES") ? id.equals(f.procedure) : isUsed(offline, table, id, referencing))) {
							unreferenced.add(table + " " + id);
						}
					}
				}
			}
		}
		assertTrue(unreferenced.isEmpty(), "copied without being referenced: " + unreferenced);
		assertTrue(rows >= 8, "the procedure, its records and what they use were copied: " + rows);
		assertEquals(2L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM CREDITORS"), "the two creditors of its claims");
	}

	/** A row is used when it hangs off the taken procedure or a copied row references it. */
	private boolean isUsed(Connection offline, String table, UUID id, List<String[]> referencing) throws Exception {
		try (Statement statement = offline.createStatement()) {
			if (hasColumn(offline, table, "PROCEDURE_ID")) {
				try (ResultSet rs = statement.executeQuery("SELECT PROCEDURE_ID FROM " + table + " WHERE ID = '" + id + "'")) {
					return rs.next() && f.procedure.equals(rs.getObject(1, UUID.class));
				}
			}
			for (String[] reference : referencing) {
				try (ResultSet rs = statement.executeQuery(
						"SELECT COUNT(*) FROM " + reference[0] + " WHERE " + reference[1] + " = '" + id + "'")) {
					rs.next();
					if (rs.getLong(1) > 0) {
						return true;
					}
				}
			}
			return false;
		}
	}

	private static boolean hasColumn(Connection offline, String table, String column) throws Exception {
		try (ResultSet rs = offline.getMetaData().getColumns(null, "PUBLIC", table, column)) {
			return rs.next();
		}
	}

	/** (table, column) pairs of the public tables whose foreign keys point at the table. */
	private static List<String[]> referencing(DatabaseMetaData meta, String table) throws Exception {
		List<String[]> result = new ArrayList<>();
		try (ResultSet rs = meta.getExportedKeys(null, "PUBLIC", table)) {
			while (rs.next()) {
				if (!rs.getString("FKTABLE_NAME").startsWith("SYNC_")) {
					result.add(new String[] { rs.getString("FKTABLE_NAME"), rs.getString("FKCOLUMN_NAME") });
				}
			}
		}
		return result;
	}

	/** The public tables of records (ID and VERSION) in the offline copy. */
	private static Set<String> publicTables(DatabaseMetaData meta) throws Exception {
		Set<String> tables = new HashSet<>();
		try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME");
				if (!name.startsWith("SYNC_") && !name.startsWith("DATABASECHANGELOG") && !name.equals("SCHEMA_INFO")) {
					tables.add(name);
				}
			}
		}
		return tables;
	}
}
