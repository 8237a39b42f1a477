package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pau.model.Claim;
import pau.model.Meeting;
import pau.sync.OfflineChanges;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Kind;

/**
 * Issue 21 item 4 (B9, B12): the copy marks what the lawyer changes as it is changed, so a
 * synchronization reads only those rows; whoever writes (the product through JPA, plain SQL through
 * the key), and never a missed change: deletions leave no mark and are found by counting, a copy
 * without marks or with marks that do not add up is read whole.
 */
class ChangeMarksTest extends SyncTestBase {

	private static final String MARK = "SYNC_CHANGED";

	@BeforeEach
	void goOffline() {
		f.goOffline();
	}

	@Test
	void b9_aCopyJustTakenHasNoRowMarked_everyEditMarksItsRowInItsOwnTransaction() throws Exception {
		assertEquals(List.of(), marked(), "nothing marked in a copy as taken");

		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = 'Отчёт принят' WHERE ID = ?", f.meeting);
		Claim claim = f.active.current().records().find(Claim.class, f.claim2).orElseThrow();
		claim.setAmount(new BigDecimal("7000.00"));
		f.active.current().records().save(claim);
		try (Connection offline = f.offlineDb().getConnection()) {
			offline.setAutoCommit(false);
			try (Statement statement = offline.createStatement()) {
				statement.executeUpdate("UPDATE CLAIMS SET BASIS = 'откат' WHERE ID = '" + f.claim1 + "'");
			}
			offline.rollback(); // an edit rolled back leaves no mark either
		}

		assertEquals(List.of("CLAIMS " + f.claim2, "MEETINGS " + f.meeting), marked());
		OfflineChanges changes = f.offline.offlineChanges();
		assertEquals(2, changes.changed(), changes.toString());
	}

	@Test
	void b9_syncFromMarksAppliesEditsCreationsAndKeepsMainsRowsOfDeletions() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE CLAIMS SET AMOUNT = 200000.00 WHERE ID = ?", f.claim1);
		UUID created = UUID.randomUUID();
		SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS, BASIS) "
				+ "VALUES (?, 0, ?, ?, 10.00, 'THIRD', 'FILED', 'новое')", created, f.procedure, f.creditor1);
		SyncFixture.exec(f.offlineDb(), "DELETE FROM CLAIMS WHERE ID = ?", f.claim2);

		OfflineChanges changes = f.offline.offlineChanges();
		assertEquals(List.of(1, 1, 1), List.of(changes.created(), changes.changed(), changes.deleted()), changes.toString());
		SyncReport report = f.offline.synchronize(new NullProgressMonitor());

		assertEquals(0, new BigDecimal("200000.00").compareTo(
				(BigDecimal) SyncFixture.value(f.mainDb(), "SELECT AMOUNT FROM CLAIMS WHERE ID = ?", f.claim1)));
		assertEquals("новое", SyncFixture.value(f.mainDb(), "SELECT BASIS FROM CLAIMS WHERE ID = ?", created));
		assertEquals(1, report.entries(Kind.DELETION_NOT_TRANSFERRED).size(), report.entries().toString());
		assertEquals(f.claim2, report.entries(Kind.DELETION_NOT_TRANSFERRED).get(0).recordId());
	}

	@Test
	void b9_planningReadsOnlyTheMarkedRows() throws Exception {
		// Out of contract on purpose: a value changed with its mark written FALSE by hand. That the sync does
		// not see it shows that the rows not marked are not read (what makes its cost follow the changes).
		SyncFixture.exec(f.offlineDb(), "UPDATE CLAIMS SET BASIS = 'не помечено', " + MARK + " = FALSE WHERE ID = ?", f.claim1);
		SyncFixture.exec(f.offlineDb(), "UPDATE CLAIMS SET BASIS = 'помечено' WHERE ID = ?", f.claim2);

		SyncReport report = f.offline.synchronize(new NullProgressMonitor());

		assertEquals(1, report.totalUpdated(), report.entries().toString());
		assertEquals("помечено", SyncFixture.value(f.mainDb(), "SELECT BASIS FROM CLAIMS WHERE ID = ?", f.claim2));
		assertEquals("Кредитный договор № 1", SyncFixture.value(f.mainDb(), "SELECT BASIS FROM CLAIMS WHERE ID = ?", f.claim1));
	}

	@Test
	void b9_aRowInsertedUnmarkedByHandIsStillFound() throws Exception {
		// A row nobody took, written with its mark set FALSE by hand: the counts no longer add up, so the
		// table is read whole and compared, as a copy without marks is.
		UUID created = UUID.randomUUID();
		SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS, BASIS, "
				+ MARK + ") VALUES (?, 0, ?, ?, 10.00, 'THIRD', 'FILED', 'скрытое', FALSE)", created, f.procedure, f.creditor1);

		f.offline.synchronize(new NullProgressMonitor());

		assertEquals("скрытое", SyncFixture.value(f.mainDb(), "SELECT BASIS FROM CLAIMS WHERE ID = ?", created));
	}

	@Test
	void b9_aCopyWithoutMarks_asAnOlderReleaseMadeIt_isComparedWhole() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET PLACE = 'Тверь' WHERE ID = ?", f.meeting);
		try (Connection offline = f.offlineDb().getConnection(); Statement statement = offline.createStatement()) {
			for (String table : markedTables()) {
				statement.execute("DROP INDEX " + MARK + "_" + table);
				statement.execute("ALTER TABLE " + table + " DROP COLUMN " + MARK);
			}
		}
		SyncFixture.exec(f.offlineDb(), "DELETE FROM CLAIMS WHERE ID = ?", f.claim2);

		SyncReport report = f.offline.synchronize(new NullProgressMonitor());

		assertEquals("Тверь", SyncFixture.value(f.mainDb(), "SELECT PLACE FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals(1, report.entries(Kind.DELETION_NOT_TRANSFERRED).size(), report.entries().toString());
	}

	@Test
	void b21_refreshAndTakeLeaveRowsAsTakenUnmarked_editsStayMarked() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = 'Офлайн' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.mainDb(), "UPDATE CLAIMS SET BASIS = 'изменено в офисе' WHERE ID = ?", f.claim1);
		SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET AGENDA = 'Новая повестка' WHERE ID = ?", f.meeting);

		f.offline.refresh(new NullProgressMonitor());
		f.offline.take(List.of(f.otherProcedure), new NullProgressMonitor());

		assertEquals("изменено в офисе", SyncFixture.value(f.offlineDb(), "SELECT BASIS FROM CLAIMS WHERE ID = ?", f.claim1));
		assertEquals("Новая повестка", SyncFixture.value(f.offlineDb(), "SELECT AGENDA FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals(List.of("MEETINGS " + f.meeting), marked(), "only the row edited offline");

		Meeting meeting = f.active.current().records().find(Meeting.class, f.meeting).orElseThrow();
		assertEquals("Офлайн", meeting.getResult());
		SyncReport report = f.offline.synchronizeStayingOffline(new NullProgressMonitor());
		assertEquals(1, report.totalUpdated(), report.entries().toString());
		assertEquals("Офлайн", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals(List.of(), marked(), "the copy made after the merge has nothing marked");
	}

	/** "TABLE id" of every marked row of the copy, sorted. */
	private List<String> marked() throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection offline = f.offlineDb().getConnection(); Statement statement = offline.createStatement()) {
			for (String table : markedTables()) {
				try (ResultSet rs = statement.executeQuery("SELECT ID FROM " + table + " WHERE " + MARK)) {
					while (rs.next()) {
						rows.add(table + " " + rs.getObject(1));
					}
				}
			}
		}
		rows.sort(null);
		return rows;
	}

	private List<String> markedTables() throws Exception {
		List<String> tables = new ArrayList<>();
		try (Connection offline = f.offlineDb().getConnection(); Statement statement = offline.createStatement();
				ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS "
						+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = '" + MARK + "' ORDER BY TABLE_NAME")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		assertTrue(tables.contains("CLAIMS") && tables.contains("PROCEDURES"), tables.toString());
		return tables;
	}
}
