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
			SyncFixture.exec(f.offlineDb(), "UPDATE ENTERPRISES SET ADDRESS = 'г. Тверь' WHERE ID = ?", f.enterprise);
			SyncFixture.exec(f.offlineDb(), "UPDATE ENTERPRISES SET NAME = 'ООО «Офлайн»' WHERE ID = ?", f.enterprise);
			SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
					+ "VALUES (?, 1, ?, ?, 12.34, 'THIRD', 'FILED')", newClaim, f.procedure, f.creditor2);
			SyncFixture.exec(f.offlineDb(), "INSERT INTO DOCUMENTS (ID, VERSION, PROCEDURE_ID, FILE_NAME, SIZE_BYTES, CONTENT) "
					+ "VALUES (?, 1, ?, 'Скан.pdf', 4, X'25504446')", newDocument, f.procedure);
			SyncFixture.exec(f.mainDb(), "UPDATE ENTERPRISES SET NAME = 'ООО «Основная»' WHERE ID = ?", f.enterprise);
			SyncFixture.exec(f.mainDb(), "DELETE FROM PROCEDURES WHERE ID = ?", f.procedure);
			SyncFixture.exec(f.mainDb(), "DELETE FROM CREDITORS WHERE ID = ?", f.creditor2);

			SyncReport report = f.offline.synchronize(new NullProgressMonitor());

			assertEquals("ООО «Основная»", SyncFixture.value(f.mainDb(), "SELECT NAME FROM ENTERPRISES WHERE ID = ?", f.enterprise), "M1");
			assertEquals("г. Тверь", SyncFixture.value(f.mainDb(), "SELECT ADDRESS FROM ENTERPRISES WHERE ID = ?", f.enterprise), "M1");
			assertEquals(1L, ((Number) SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM PROCEDURES WHERE ID = ?", f.procedure)).longValue(),
					"M2: the procedure main deleted is back");
			assertEquals(1L, ((Number) SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CREDITORS WHERE ID = ?", f.creditor2)).longValue(),
					"M2: the creditor main deleted is back");
			assertEquals(f.procedure, SyncFixture.value(f.mainDb(), "SELECT PROCEDURE_ID FROM CLAIMS WHERE ID = ?", newClaim), "M6");
			assertEquals(4, ((Number) SyncFixture.value(f.mainDb(), "SELECT OCTET_LENGTH(CONTENT) FROM DOCUMENTS WHERE ID = ?",
					newDocument)).intValue(), "document content streamed into PostgreSQL");
			assertTrue(report.entries(Kind.RESTORED).size() >= 2, report.entries().toString());
			assertEquals(1, report.entries(Kind.CONFLICT_MAIN_KEPT).size());
			assertTrue(f.offline.checkouts().isEmpty(), "B6 returned");
		}
	}

	@Test
	void b13_restoreLostAmountAndDateIntoAPostgresMainDatabase() throws Exception {
		try (TestPostgres postgres = new TestPostgres(); SyncFixture f = new SyncFixture(dir, postgres.settings)) {
			f.goOffline();
			SyncFixture.exec(f.offlineDb(), "UPDATE CLAIMS SET AMOUNT = 777.77, FILED_ON = DATE '2024-03-01' WHERE ID = ?", f.claim1);
			SyncFixture.exec(f.mainDb(), "UPDATE CLAIMS SET AMOUNT = 555, FILED_ON = DATE '2024-04-01', VERSION = VERSION + 1 WHERE ID = ?",
					f.claim1);
			SyncReport report = f.offline.synchronize(new NullProgressMonitor());
			assertEquals(2, report.entries(Kind.CONFLICT_MAIN_KEPT).size());

			for (int no = 1; no <= report.entries().size(); no++) {
				if (report.entries().get(no - 1).restorable()) {
					f.offline.restore(report.checkoutId(), no);
				}
			}

			assertEquals(0, new java.math.BigDecimal("777.77").compareTo(
					(java.math.BigDecimal) SyncFixture.value(f.mainDb(), "SELECT AMOUNT FROM CLAIMS WHERE ID = ?", f.claim1)));
			assertEquals(java.time.LocalDate.of(2024, 3, 1),
					((java.sql.Date) SyncFixture.value(f.mainDb(), "SELECT FILED_ON FROM CLAIMS WHERE ID = ?", f.claim1)).toLocalDate());
			SyncReport kept = f.offline.reports().get(0);
			assertEquals(2, kept.entries().stream().filter(e -> e.restoration() != null).count(), "both recorded as restored");
		}
	}
}
