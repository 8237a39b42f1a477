package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import pau.model.Procedure;
import pau.store.Store;
import pau.sync.OfflineChanges;
import pau.sync.OfflineService;
import pau.sync.OfflineState;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Kind;
import pau.sync.internal.SyncReports;

/**
 * B1 report, B2 preview, B6 who has what offline, B12 counts before discarding, R6 discard, R7 again.
 */
class ReportAndModeTest extends SyncTestBase {


	private void conflictingWork() throws Exception {
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET PLACE = 'Офлайн' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET PLACE = 'Основная' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.offlineDb(), "DELETE FROM CLAIMS WHERE ID = ?", f.claim2);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO MEETINGS (ID, VERSION, PROCEDURE_ID, PLACE) VALUES (?, 1, ?, 'Новое')",
				UUID.randomUUID(), f.procedure);
	}

	@Test
	void r1_goOfflineCopiesTheProcedureWithEverythingItNeedsIntoTheEncryptedOfflineDatabase() throws Exception {
		OfflineState state = f.offline.goOffline(List.of(f.procedure), new NullProgressMonitor());

		assertTrue(state.isOffline());
		assertTrue(f.active.isOffline());
		assertEquals(Store.Kind.OFFLINE, f.active.current().kind());
		assertTrue(state.offlineUrl().contains("CIPHER=AES"), state.offlineUrl());
		List<Procedure> procedures = f.active.current().records().all(Procedure.class);
		assertEquals(1, procedures.size(), "only the selected procedure");
		assertEquals(2L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM CLAIMS"));
		assertEquals(1L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM MEETINGS"));
		assertEquals(1L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM CORRESPONDENCE"));
		assertEquals((long) "отчёт".getBytes(StandardCharsets.UTF_8).length,
				SyncFixture.value(f.offlineDb(), "SELECT OCTET_LENGTH(CONTENT) FROM DOCUMENTS WHERE ID = ?", f.document),
				"the document's content came along");
		assertEquals(2L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM CREDITORS"), "reference data");
		assertEquals(1L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM ENTERPRISES"));
	}

	@Test
	void b6_mainRecordsWhoHasWhichProcedureOfflineUntilReturned() throws Exception {
		f.goOffline();
		List<OfflineService.Checkout> checkouts = f.offline.checkouts();
		assertEquals(1, checkouts.size());
		assertEquals(f.procedure, checkouts.get(0).procedureId());
		assertEquals(System.getProperty("user.name"), checkouts.get(0).userName());
		f.offline.synchronize(new NullProgressMonitor());
		assertTrue(f.offline.checkouts().isEmpty(), "returned after synchronization");
		assertNotNull(SyncFixture.value(f.mainDb(), "SELECT RETURNED_AT FROM OFFLINE_CHECKOUTS WHERE PROCEDURE_ID = ?", f.procedure));
	}

	@Test
	void b2_previewReportsWhatSyncWillDoAndChangesNothing() throws Exception {
		f.goOffline();
		conflictingWork();
		String mainBefore = SyncFixture.dump(f.mainDb());
		String offlineBefore = SyncFixture.dump(f.offlineDb());

		SyncReport preview = f.offline.preview(new NullProgressMonitor());

		assertTrue(preview.isPreview());
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()));
		assertEquals(offlineBefore, SyncFixture.dump(f.offlineDb()));
		assertTrue(f.offline.state().isOffline());
		SyncReport real = f.offline.synchronize(new NullProgressMonitor());
		assertEquals(preview.entries(), real.entries(), "the preview foretold the synchronization");
		assertEquals(preview.inserted(), real.inserted());
	}

	@Test
	void b1_reportListsEveryDecisionIsKeptAndExportsAsJsonAndCsv() throws Exception {
		f.goOffline();
		conflictingWork();

		SyncReport report = f.offline.synchronize(new NullProgressMonitor());

		assertEquals(1, report.entries(Kind.CONFLICT_MAIN_KEPT).size());
		assertEquals(1, report.entries(Kind.DELETION_NOT_TRANSFERRED).size());
		assertEquals(1, report.totalInserted());
		assertFalse(Files.exists(pau.store.Workspace.directory().resolve("sync-reports")), "B4: no plain report on the laptop");
		SyncReport fromMain = SyncReports.fromJson(new java.io.StringReader(
				(String) SyncFixture.value(f.mainDb(), "SELECT CAST(REPORT AS VARCHAR) FROM SYNC_REPORTS WHERE ID = ?", report.checkoutId())));
		assertEquals(report.entries(), fromMain.entries(), "kept in main");
		Path csv = dir.resolve("report.csv");
		SyncReports.export(report, csv);
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFF"), "B1: UTF-8 with a byte-order mark");
		assertTrue(text.contains("Офлайн") && text.contains("Основная") && !text.contains("CONFLICT_MAIN_KEPT"), text);
	}

	@Test
	void b12_offlineChangesAreCountedAndR6DiscardDropsThemAndLeavesMainUntouched() throws Exception {
		f.goOffline();
		String mainBefore = SyncFixture.dump(f.mainDb());
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET PLACE = 'Офлайн' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.offlineDb(), "DELETE FROM CLAIMS WHERE ID = ?", f.claim2);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO MEETINGS (ID, VERSION, PROCEDURE_ID) VALUES (?, 1, ?)", UUID.randomUUID(), f.procedure);

		OfflineChanges changes = f.offline.offlineChanges();
		assertEquals(new OfflineChanges(1, 1, 1), changes);
		Path offlineDir = f.offline.state().offlineDirectory();

		f.offline.discard();

		assertFalse(f.offline.state().isOffline());
		assertFalse(f.active.isOffline());
		assertFalse(Files.exists(offlineDir), "the offline database is deleted");
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()));
		assertTrue(f.offline.checkouts().isEmpty());
	}

	@Test
	void r7_goingOfflineAgainWorksAnyNumberOfTimes() throws Exception {
		for (int round = 1; round <= 3; round++) {
			f.goOffline();
			SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = ? WHERE ID = ?", "Раунд " + round, f.meeting);
			f.offline.synchronize(new NullProgressMonitor());
			assertEquals("Раунд " + round, SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
		}
		assertNull(f.offline.state().checkoutId());
	}
}
