package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import pau.store.DatabaseSettings;
import pau.store.tests.TestRelay;
import pau.sync.SyncException;
import pau.sync.SyncReport;
import pau.sync.internal.FaultInjection;
import pau.sync.internal.FaultInjection.Point;

/**
 * B3 all or nothing, M6 nothing twice after an interruption, B11 refusals, a cancelled go-offline.
 */
class SafetyTest extends SyncTestBase {


	private void workOffline() throws Exception {
		f.goOffline();
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = 'Решение принято' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
				+ "VALUES (?, 1, ?, ?, 9.99, 'THIRD', 'FILED')", UUID.randomUUID(), f.procedure, f.creditor1);
	}

	@ParameterizedTest
	@EnumSource(value = Point.class, names = { "AFTER_PLANNING", "AFTER_APPLYING", "BEFORE_COMMIT" })
	void b3_failureBeforeCommitLeavesMainUnchangedAndOfflineIntactThenSyncSucceeds(Point point) throws Exception {
		workOffline();
		String mainBefore = SyncFixture.dump(f.mainDb());
		String offlineBefore = SyncFixture.dump(f.offlineDb());
		FaultInjection.arm(point, null);

		SyncException failure = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

		assertTrue(failure.getMessage().contains("main database is unchanged"), failure.getMessage());
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "main unchanged");
		assertTrue(f.offline.state().isOffline(), "still offline");
		assertEquals(offlineBefore, SyncFixture.dump(f.offlineDb()), "offline intact");
		SyncReport report = f.offline.synchronize(new NullProgressMonitor());
		assertEquals(1, report.totalInserted());
		assertEquals("Решение принято", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
	}

	@Test
	void b3_mainServerStoppedDuringSyncLeavesMainUnchangedAndASecondRunSucceeds() throws Exception {
		workOffline();
		String mainBefore = SyncFixture.dump(f.mainDb());
		FaultInjection.arm(Point.AFTER_APPLYING, () -> f.server.stop());

		assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

		assertTrue(f.offline.state().isOffline());
		Server restarted = Server.createTcpServer("-tcpPort", String.valueOf(f.server.getPort()), "-baseDir",
				dir.resolve("server").toString(), "-ifNotExists").start();
		try {
			assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "main unchanged after the connection dropped");
			SyncReport report = f.offline.synchronize(new NullProgressMonitor());
			assertEquals(1, report.totalInserted());
		} finally {
			restarted.stop();
		}
	}

	/**
	 * Issue 21: the network to main falls silent in the middle of the merge (a VPN that drops without a
	 * word): the connection is given up after the network timeout (2 s here) instead of leaving the sync
	 * waiting for hours, main is unchanged, the work stays offline, and once main's server has let the
	 * dead connection go (closing the relay closes its end, as a server that finds its client gone does;
	 * until then that session keeps its row locks), the next sync merges the work once.
	 */
	@Test
	void issue21_theNetworkFallingSilentMidMerge_isGivenUpAndTheNextSyncMergesOnce() throws Exception {
		workOffline();
		String mainBefore = SyncFixture.dump(f.mainDb());
		System.setProperty("pau.store.networkTimeoutSeconds", "2");
		try (TestRelay relay = TestRelay.start(f.server.getPort())) {
			f.active.setMainSettings(new DatabaseSettings("jdbc:h2:tcp://localhost:" + relay.port() + "/main", "sa", ""));
			FaultInjection.interleave(Point.AFTER_PLANNING, relay::silence);

			SyncException failure = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor())));

			assertEquals(SyncException.Reason.UNREACHABLE, failure.reason(), failure.getMessage());
		} finally {
			System.clearProperty("pau.store.networkTimeoutSeconds");
			f.active.setMainSettings(f.mainSettings);
		}
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "main unchanged");
		assertTrue(f.offline.state().isOffline(), "the work stays offline");
		SyncReport report = f.offline.synchronize(new NullProgressMonitor());
		assertEquals(1, report.totalInserted());
		assertEquals("Решение принято", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
	}

	@Test
	void b3_anEditCommittedToMainByAnotherUserDuringTheSyncIsNotLost() throws Exception {
		workOffline();
		FaultInjection.interleave(Point.AFTER_PLANNING, () -> {
			try {
				SyncFixture.exec(f.mainDb(), "UPDATE PROCEDURES SET COURT = 'Изменено коллегой', VERSION = VERSION + 1 WHERE ID = ?",
						f.procedure);
			} catch (java.sql.SQLException e) {
				throw new IllegalStateException(e);
			}
		});

		SyncReport report = f.offline.synchronize(new NullProgressMonitor());

		assertEquals("Изменено коллегой", SyncFixture.value(f.mainDb(), "SELECT COURT FROM PROCEDURES WHERE ID = ?", f.procedure));
		assertEquals("Решение принято", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals(1, report.totalInserted(), "inserted once");
	}

	@Test
	void b3_anEditOfARowChangedOfflineWaitsForTheSyncAndIsNotLost() throws Exception {
		workOffline();
		java.util.concurrent.CompletableFuture<Integer> colleague = new java.util.concurrent.CompletableFuture<>();
		FaultInjection.interleave(Point.AFTER_PLANNING, () -> Thread.ofPlatform().start(() -> {
			try (java.sql.Connection connection = f.mainDb().getConnection();
					java.sql.Statement statement = connection.createStatement()) {
				statement.execute("SET LOCK_TIMEOUT 30000");
				colleague.complete(statement.executeUpdate("UPDATE MEETINGS SET PLACE = 'Изменено коллегой', "
						+ "VERSION = VERSION + 1 WHERE ID = '" + f.meeting + "'"));
			} catch (java.sql.SQLException e) {
				colleague.completeExceptionally(e);
			}
		}));

		SyncReport report = f.offline.synchronize(new NullProgressMonitor());

		assertEquals(1, colleague.get(30, java.util.concurrent.TimeUnit.SECONDS), "the colleague's write waited for the sync");
		assertEquals("Изменено коллегой", SyncFixture.value(f.mainDb(), "SELECT PLACE FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals("Решение принято", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
		assertEquals(1, report.totalInserted(), "inserted once");
	}

	@Test
	void m6_syncRunAgainAfterMainCommittedInsertsNothingTwice() throws Exception {
		workOffline();
		FaultInjection.arm(Point.AFTER_COMMIT, null);
		assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));
		assertTrue(f.offline.state().isOffline(), "the crash came before the local part");
		String mainAfterFirst = SyncFixture.dump(f.mainDb());

		SyncReport again = f.offline.synchronize(new NullProgressMonitor());

		assertEquals(mainAfterFirst, SyncFixture.dump(f.mainDb()), "nothing inserted or changed twice");
		assertEquals(1, again.totalInserted(), "the report of the run that committed");
		assertFalse(f.offline.state().isOffline());
	}

	@Test
	void b11_synchronizingIntoAnotherMainDatabaseIsRefused() throws Exception {
		workOffline();
		DatabaseSettings other = new DatabaseSettings("jdbc:h2:tcp://localhost:" + f.server.getPort() + "/other", "sa", "");
		pau.store.tests.TestDatabases.service(pau.store.StoreFactory.class).createMain(other).close();
		f.active.setMainSettings(other);
		String otherBefore = SyncFixture.dump(f.mainDb());

		SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

		assertEquals(SyncException.Reason.REFUSED, refused.reason());
		assertTrue(refused.getMessage().contains("is not the one the offline copy came from"), refused.getMessage());
		assertEquals(otherBefore, SyncFixture.dump(f.mainDb()));
		assertTrue(f.offline.state().isOffline());
		f.active.setMainSettings(f.mainSettings);
	}

	@Test
	void b11_synchronizingAcrossSchemaVersionsIsRefused() throws Exception {
		workOffline();
		SyncFixture.exec(f.mainDb(), "UPDATE SCHEMA_INFO SET SCHEMA_VERSION = SCHEMA_VERSION + 1");
		f.active.setMainSettings(f.mainSettings);
		Path backups = f.offline.state().offlineDirectory().resolve("backups");
		List<Path> backupsBefore = files(backups);

		SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

		assertEquals(SyncException.Reason.REFUSED, refused.reason(), refused.getMessage());
		assertTrue(refused.getMessage().contains("newer"), refused.getMessage());
		assertTrue(f.offline.state().isOffline());
		// Issue 21: the copy is read back and backed up while main opens; its refusal is said after that is over.
		assertTrue(files(backups).stream().anyMatch(file -> !backupsBefore.contains(file)),
				"the check made its backup before the sync returned: " + backupsBefore + " -> " + files(backups));
		assertTrue(files(backups).stream().noneMatch(file -> file.toString().endsWith(".part")), "nothing half-written");
	}

	@Test
	void r1_cancelledGoOfflineLeavesNothingBehind() throws Exception {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> f.offline.goOffline(List.of(f.procedure, f.otherProcedure), cancelled));

		assertFalse(f.offline.state().isOffline());
		assertEquals(0L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS"));
		Path copies = pau.store.Workspace.directory().resolve("offline");
		assertTrue(!Files.exists(copies) || Files.list(copies).findAny().isEmpty(), "no partial offline copy");
	}

	@Test
	void r1_goOfflineCancelledHalfwayLeavesNothingBehind() throws Exception {
		NullProgressMonitor cancelHalfway = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				// The procedures (copied together, "Procedures 1–2 of 2") have started copying: the user
				// presses Cancel.
				if (name.contains("1\u20132")) {
					setCanceled(true);
				}
			}
		};

		assertThrows(OperationCanceledException.class,
				() -> f.offline.goOffline(List.of(f.procedure, f.otherProcedure), cancelHalfway));

		assertTrue(cancelHalfway.isCanceled(), "cancelled while copying");
		assertFalse(f.offline.state().isOffline());
		assertFalse(f.active.isOffline());
		assertEquals(0L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS"));
		Path copies = pau.store.Workspace.directory().resolve("offline");
		assertTrue(!Files.exists(copies) || Files.list(copies).findAny().isEmpty(), "no partial offline copy");
	}

	@Test
	void r1_failedGoOfflineLeavesNothingBehind() throws Exception {
		FaultInjection.arm(Point.DURING_CHECKOUT, null);
		assertThrows(SyncException.class, () -> f.offline.goOffline(List.of(f.procedure), new NullProgressMonitor()));
		assertFalse(f.offline.state().isOffline());
		assertEquals(0L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS"));
	}

	@Test
	void anotherProcessChangingTheModeMakesGoOfflineWaitItsTurnAndLeavesItsCopyAlone() throws Exception {
		try (pau.sync.internal.WorkspaceLock other = pau.sync.internal.WorkspaceLock.tryAcquire(pau.store.Workspace.directory())) {
			assertTrue(other != null, "the test holds the workspace as another process would");
			SyncException busy = assertThrows(SyncException.class, f::goOffline);
			assertTrue(busy.getMessage().contains("mode change of this workspace is running"), busy.getMessage());
			assertFalse(f.offline.state().isOffline());
		}
		f.goOffline();
		assertTrue(f.offline.state().isOffline(), "works once the other is done");
	}

	@Test
	void mainIsNeverTakenForTheOfflineDatabaseWhenThatWasNotOpenAtStart() throws Exception {
		workOffline();
		String mainBefore = SyncFixture.dump(f.mainDb());
		f.active.activateMain(); // as after a start where the offline database could not be opened

		assertEquals(new pau.sync.OfflineChanges(1, 1, 0), f.offline.offlineChanges(), "counted in the offline database");
		SyncReport report = f.offline.synchronize(new NullProgressMonitor());

		assertEquals(1, report.totalInserted());
		assertTrue(!mainBefore.equals(SyncFixture.dump(f.mainDb())), "the offline work arrived");
		assertFalse(f.offline.state().isOffline());
	}

	@Test
	void goOfflineRefusesUnknownProceduresAndASecondCheckout() throws Exception {
		SyncException unknown = assertThrows(SyncException.class,
				() -> f.offline.goOffline(List.of(UUID.randomUUID()), new NullProgressMonitor()));
		assertEquals(SyncException.Reason.BAD_REQUEST, unknown.reason());
		f.goOffline();
		SyncException again = assertThrows(SyncException.class, f::goOffline);
		assertEquals(SyncException.Reason.WRONG_MODE, again.reason());
	}

	private static List<Path> files(Path directory) throws java.io.IOException {
		try (var listed = Files.list(directory)) {
			return listed.sorted().toList();
		}
	}

	@Test
	void issue21_aCopyOpenInAnotherProgramIsSaidSoAndSyncsOnceItIsClosed() throws Exception {
		f.goOffline();
		SyncFixture.exec(f.offlineDb(), "UPDATE PROCEDURES SET COURT = ? WHERE ID = ?", "Суд, пока копия открыта", f.procedure);
		f.active.activateMain(); // PAU Desk closed it; another program (a database tool) has it open now
		Path file = f.offline.state().offlineDirectory().resolve("offline.mv.db");
		String mainBefore = SyncFixture.dump(f.mainDb());
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
				java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
				java.nio.channels.FileLock lock = channel.lock()) {
			SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));
			assertTrue(refused.getMessage().contains("is open in another program"), refused.getMessage());
			assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "main unchanged");
		}
		SyncReport report = f.offline.synchronize(new NullProgressMonitor());
		assertEquals(1, report.totalUpdated(), report.toString());
	}

}
