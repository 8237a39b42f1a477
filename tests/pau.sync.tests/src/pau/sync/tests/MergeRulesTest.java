package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pau.sync.SyncReport;
import pau.sync.SyncReport.Kind;

/**
 * The merge rules M1–M6 of SPEC.md, each against a main database on a real H2 TCP server; main is
 * changed by plain SQL (another client), the offline database the same way.
 */
class MergeRulesTest extends SyncTestBase {


	@BeforeEach
	void goOffline() {
		f.goOffline();
	}

	private SyncReport sync() {
		return f.offline.synchronize(new NullProgressMonitor());
	}

	@Test
	void m1_fieldChangedInBothKeepsMainValueAndReportsTheLostOfflineValue() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET PLACE = 'Офлайн', VERSION = VERSION + 1 WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET PLACE = 'Основная' WHERE ID = ?", f.meeting);

		SyncReport report = sync();

		assertEquals("Основная", SyncFixture.value(f.mainDb(), "SELECT PLACE FROM MEETINGS WHERE ID = ?", f.meeting));
		List<SyncReport.Entry> conflicts = report.entries(Kind.CONFLICT_MAIN_KEPT);
		assertEquals(1, conflicts.size(), conflicts.toString());
		assertEquals("PLACE", conflicts.get(0).field());
		assertEquals("Офлайн", conflicts.get(0).offlineValue());
		assertEquals("Основная", conflicts.get(0).mainValue());
	}

	@Test
	void m1_differentFieldsOfTheSameRecordAreBothKept() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = 'Отчёт принят' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET AGENDA = 'Новая повестка' WHERE ID = ?", f.meeting);

		SyncReport report = sync();

		assertEquals("Отчёт принят", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals("Новая повестка", SyncFixture.value(f.mainDb(), "SELECT AGENDA FROM MEETINGS WHERE ID = ?", f.meeting));
		assertTrue(report.entries(Kind.CONFLICT_MAIN_KEPT).isEmpty());
	}

	@Test
	void m1_offlineChangesToRecordsMainDidNotTouchAreApplied() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE CLAIMS SET AMOUNT = 123456.78, STATUS = 'INCLUDED' WHERE ID = ?", f.claim1);
		SyncFixture.exec(f.offlineDb(), "UPDATE ENTERPRISES SET ADDRESS = 'г. Тверь' WHERE ID = ?", f.enterprise);
		long versionBefore = ((Number) SyncFixture.value(f.mainDb(), "SELECT VERSION FROM CLAIMS WHERE ID = ?", f.claim1)).longValue();

		SyncReport report = sync();

		assertEquals(0, new java.math.BigDecimal("123456.78").compareTo(
				(java.math.BigDecimal) SyncFixture.value(f.mainDb(), "SELECT AMOUNT FROM CLAIMS WHERE ID = ?", f.claim1)));
		assertEquals("INCLUDED", SyncFixture.value(f.mainDb(), "SELECT STATUS FROM CLAIMS WHERE ID = ?", f.claim1));
		assertEquals("г. Тверь", SyncFixture.value(f.mainDb(), "SELECT ADDRESS FROM ENTERPRISES WHERE ID = ?", f.enterprise));
		assertEquals(versionBefore + 1, ((Number) SyncFixture.value(f.mainDb(), "SELECT VERSION FROM CLAIMS WHERE ID = ?", f.claim1)).longValue());
		assertEquals(2, report.totalUpdated());
	}

	@Test
	void m2_procedureCreatedOfflineBringsBackItsEnterpriseDeletedInMainWithAllItsRecords() throws Exception {
		UUID newProcedure = UUID.randomUUID();
		UUID newClaim = UUID.randomUUID();
		UUID newMeeting = UUID.randomUUID();
		SyncFixture.exec(f.offlineDb(), "INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, CASE_NUMBER, STATUS) "
				+ "VALUES (?, 1, ?, 'SALE_OF_ASSETS', 'А40-555/2025', 'ACTIVE')", newProcedure, f.enterprise);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
				+ "VALUES (?, 1, ?, ?, 10.00, 'THIRD', 'FILED')", newClaim, newProcedure, f.creditor1);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO MEETINGS (ID, VERSION, PROCEDURE_ID, PLACE) VALUES (?, 1, ?, 'Суд')",
				newMeeting, newProcedure);
		SyncFixture.exec(f.mainDb(), "DELETE FROM ENTERPRISES WHERE ID = ?", f.enterprise);

		SyncReport report = sync();

		assertEquals("ООО «Ромашка»", SyncFixture.value(f.mainDb(), "SELECT NAME FROM ENTERPRISES WHERE ID = ?", f.enterprise));
		assertEquals(f.enterprise, SyncFixture.value(f.mainDb(), "SELECT ENTERPRISE_ID FROM PROCEDURES WHERE ID = ?", newProcedure));
		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CLAIMS WHERE ID = ?", newClaim));
		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM MEETINGS WHERE ID = ?", newMeeting));
		assertTrue(report.entries(Kind.RESTORED).stream().anyMatch(e -> e.recordId().equals(f.enterprise)), report.entries().toString());
		assertEquals(0L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM PROCEDURES WHERE ID = ?", f.procedure),
				"the old procedure, unchanged offline, stays deleted");
	}

	@Test
	void m2_claimAddedOfflineToAProcedureDeletedInMainBringsTheProcedureBack() throws Exception {
		UUID newClaim = UUID.randomUUID();
		SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
				+ "VALUES (?, 1, ?, ?, 77.00, 'SECOND', 'FILED')", newClaim, f.procedure, f.creditor2);
		SyncFixture.exec(f.mainDb(), "DELETE FROM PROCEDURES WHERE ID = ?", f.procedure);
		SyncFixture.exec(f.mainDb(), "DELETE FROM CREDITORS WHERE ID = ? AND NOT EXISTS (SELECT 1 FROM CLAIMS WHERE CREDITOR_ID = ?)",
				f.creditor2, f.creditor2);

		SyncReport report = sync();

		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM PROCEDURES WHERE ID = ?", f.procedure));
		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CREDITORS WHERE ID = ?", f.creditor2));
		assertEquals(f.procedure, SyncFixture.value(f.mainDb(), "SELECT PROCEDURE_ID FROM CLAIMS WHERE ID = ?", newClaim));
		assertTrue(report.entries(Kind.RESTORED).size() >= 2, report.entries().toString());
		assertEquals(0L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CLAIMS WHERE ID = ?", f.claim1),
				"claims unchanged offline stay deleted with the procedure main deleted");
	}

	@Test
	void m2_offlineEditOfARecordMainDeletedWithNothingNewNeedingItStaysDeletedAndIsReported() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = 'Решение' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.mainDb(), "DELETE FROM MEETINGS WHERE ID = ?", f.meeting);

		SyncReport report = sync();

		assertEquals(0L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals(1, report.entries(Kind.EDIT_OF_DELETED_NOT_APPLIED).size(), report.entries().toString());
	}

	@Test
	void m3_enterprisesOfTheSameNameCreatedInBothStayTwo() throws Exception {
		SyncFixture.exec(f.offlineDb(), "INSERT INTO ENTERPRISES (ID, VERSION, NAME) VALUES (?, 1, 'ООО «Двойник»')", UUID.randomUUID());
		SyncFixture.exec(f.mainDb(), "INSERT INTO ENTERPRISES (ID, VERSION, NAME) VALUES (?, 1, 'ООО «Двойник»')", UUID.randomUUID());

		sync();

		assertEquals(2L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM ENTERPRISES WHERE NAME = 'ООО «Двойник»'"));
	}

	@Test
	void m4_sameProcedureCreatedInBothKeepsMainsAndAttachesTheOfflineRecords() throws Exception {
		UUID offlineProcedure = UUID.randomUUID();
		UUID mainProcedure = UUID.randomUUID();
		UUID offlineMeeting = UUID.randomUUID();
		UUID offlineClaim = UUID.randomUUID();
		SyncFixture.exec(f.offlineDb(), "INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, CASE_NUMBER, COURT, STATUS) "
				+ "VALUES (?, 1, ?, 'DEBT_RESTRUCTURING', 'A40-999/2025', 'Офлайн-суд', 'ACTIVE')", offlineProcedure, f.enterprise);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO MEETINGS (ID, VERSION, PROCEDURE_ID, PLACE) VALUES (?, 1, ?, 'Зал 5')",
				offlineMeeting, offlineProcedure);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
				+ "VALUES (?, 1, ?, ?, 1.00, 'FIRST', 'FILED')", offlineClaim, offlineProcedure, f.creditor1);
		SyncFixture.exec(f.mainDb(), "INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, CASE_NUMBER, COURT, STATUS) "
				+ "VALUES (?, 1, ?, 'DEBT_RESTRUCTURING', 'А40-999/2025', 'Основной суд', 'ACTIVE')", mainProcedure, f.enterprise);

		SyncReport report = sync();

		assertEquals(0L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM PROCEDURES WHERE ID = ?", offlineProcedure));
		assertEquals("Основной суд", SyncFixture.value(f.mainDb(), "SELECT COURT FROM PROCEDURES WHERE ID = ?", mainProcedure));
		assertEquals(mainProcedure, SyncFixture.value(f.mainDb(), "SELECT PROCEDURE_ID FROM MEETINGS WHERE ID = ?", offlineMeeting));
		assertEquals(mainProcedure, SyncFixture.value(f.mainDb(), "SELECT PROCEDURE_ID FROM CLAIMS WHERE ID = ?", offlineClaim));
		List<SyncReport.Entry> attached = report.entries(Kind.ATTACHED);
		assertEquals(1, attached.size());
		assertEquals(mainProcedure.toString(), attached.get(0).mainValue());
	}

	@Test
	void m4_proceduresWithoutCaseNumbersAreNeverTakenForTwins() throws Exception {
		UUID offlineProcedure = UUID.randomUUID();
		SyncFixture.exec(f.offlineDb(), "INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, STATUS) "
				+ "VALUES (?, 1, ?, 'OBSERVATION', 'ACTIVE')", offlineProcedure, f.enterprise);
		SyncFixture.exec(f.mainDb(), "INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, STATUS) "
				+ "VALUES (?, 1, ?, 'OBSERVATION', 'ACTIVE')", UUID.randomUUID(), f.enterprise);

		SyncReport report = sync();

		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM PROCEDURES WHERE ID = ?", offlineProcedure));
		assertTrue(report.entries(Kind.ATTACHED).isEmpty());
	}

	@Test
	void m5_recordsDeletedOfflineAreNotDeletedInMain() throws Exception {
		SyncFixture.exec(f.offlineDb(), "DELETE FROM CLAIMS WHERE ID = ?", f.claim2);

		SyncReport report = sync();

		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CLAIMS WHERE ID = ?", f.claim2));
		List<SyncReport.Entry> kept = report.entries(Kind.DELETION_NOT_TRANSFERRED);
		assertEquals(1, kept.size());
		assertEquals(f.claim2, kept.get(0).recordId());
	}

	@Test
	void m6_recordsCreatedOfflineAreInsertedOnceWithTheirDocumentContent() throws Exception {
		UUID newDocument = UUID.randomUUID();
		UUID newLetter = UUID.randomUUID();
		String sha256 = Documents.sha256(new java.io.ByteArrayInputStream(new byte[] { 1, 2, 3 })); // checked on merge (B17)
		SyncFixture.exec(f.offlineDb(), "INSERT INTO DOCUMENTS (ID, VERSION, PROCEDURE_ID, FILE_NAME, SIZE_BYTES, SHA256, CONTENT) "
				+ "VALUES (?, 1, ?, 'Протокол.txt', 3, ?, X'010203')", newDocument, f.procedure, sha256);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO CORRESPONDENCE (ID, VERSION, PROCEDURE_ID, DIRECTION, SUBJECT, DOCUMENT_ID) "
				+ "VALUES (?, 1, ?, 'IN', 'Определение суда', ?)", newLetter, f.procedure, newDocument);

		SyncReport report = sync();

		assertEquals(3L, SyncFixture.value(f.mainDb(), "SELECT OCTET_LENGTH(CONTENT) FROM DOCUMENTS WHERE ID = ?", newDocument));
		assertEquals(newDocument, SyncFixture.value(f.mainDb(), "SELECT DOCUMENT_ID FROM CORRESPONDENCE WHERE ID = ?", newLetter));
		assertEquals(2, report.totalInserted());
		assertFalse(f.offline.state().isOffline());
		assertNotNull(SyncFixture.value(f.mainDb(), "SELECT REPORT FROM SYNC_REPORTS WHERE ID = ?", report.checkoutId()));
	}
}
