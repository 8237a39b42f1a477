package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.store.tests.TestPostgres;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Kind;

/**
 * R8/B5: offline mode with a PostgreSQL main database — impossible in the original, required here.
 */
class PostgresSyncTest {

	@TempDir
	Path dir;

	@Test
	void r8_goOfflineAndSynchronizeWithAPostgresMainDatabase() throws Exception {
		try (TestPostgres postgres = new TestPostgres(); SyncFixture f = new SyncFixture(dir, postgres.settings)) {
			f.goOffline();
			assertEquals(2L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM CLAIMS"));
			UUID newClaim = UUID.randomUUID();
			UUID newDocument = UUID.randomUUID();
			SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET PLACE = 'Офлайн', RESULT = 'Принято' WHERE ID = ?", f.meeting);
			SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
					+ "VALUES (?, 1, ?, ?, 12.34, 'THIRD', 'FILED')", newClaim, f.procedure, f.creditor1);
			SyncFixture.exec(f.offlineDb(), "INSERT INTO DOCUMENTS (ID, VERSION, PROCEDURE_ID, FILE_NAME, SIZE_BYTES, CONTENT) "
					+ "VALUES (?, 1, ?, 'Скан.pdf', 4, X'25504446')", newDocument, f.procedure);
			SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET PLACE = 'Основная' WHERE ID = ?", f.meeting);
			SyncFixture.exec(f.mainDb(), "DELETE FROM CREDITORS WHERE ID = ? AND NOT EXISTS (SELECT 1 FROM CLAIMS WHERE CREDITOR_ID = ?)",
					f.creditor1, f.creditor1);

			SyncReport report = f.offline.synchronize(new NullProgressMonitor());

			assertEquals("Основная", SyncFixture.value(f.mainDb(), "SELECT PLACE FROM MEETINGS WHERE ID = ?", f.meeting), "M1");
			assertEquals("Принято", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting), "M1");
			assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CLAIMS WHERE ID = ?", newClaim), "M6");
			assertEquals(4, ((Number) SyncFixture.value(f.mainDb(), "SELECT OCTET_LENGTH(CONTENT) FROM DOCUMENTS WHERE ID = ?",
					newDocument)).intValue(), "document content streamed into PostgreSQL");
			assertEquals(1, report.entries(Kind.CONFLICT_MAIN_KEPT).size());
			assertTrue(f.offline.checkouts().isEmpty(), "B6 returned");
		}
	}
}
