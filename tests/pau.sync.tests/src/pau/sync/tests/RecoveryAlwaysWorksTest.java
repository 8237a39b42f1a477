package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import pau.store.OfflineDamagedException;
import pau.store.OfflineKeys;
import pau.store.OfflineRecovery;
import pau.store.StepTimes;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.store.tests.TestDatabases;
import pau.sync.SyncException;
import pau.sync.SyncReport;
import pau.sync.internal.FaultInjection;
import pau.sync.internal.FaultInjection.Point;

/**
 * Issue 18: damage is found, and then the work is never lost with it. A damaged copy is never backed
 * up (so it can never push the intact backup out), read-only calls write nothing, and a value changed
 * in the file is refused as damage (B17, B24, B2).
 */
class RecoveryAlwaysWorksTest extends SyncTestBase {

	private static final int DOCUMENT_SIZE = 3 * 1024 * 1024;
	private static final long DOCUMENT_SEED = 18;

	private Path copy() {
		return f.offline.state().offlineDirectory();
	}

	private String filePassword() {
		return OfflineKeys.get(f.offline.state().checkoutId().toString());
	}

	/** Two claims saved offline, then a sync that fails after its backup: the newest backup holds them. */
	private void workBackedUp(String basis) throws Exception {
		for (int i = 0; i < 2; i++) {
			SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, STATUS) "
					+ "VALUES (?, 1, ?, ?, ?, 'THIRD', ?, 'FILED')", UUID.randomUUID(), f.procedure, f.creditor1,
					new BigDecimal(1000 + i), basis + i);
		}
		FaultInjection.arm(Point.AFTER_PLANNING, null);
		assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));
		f.active.activateMain(); // the application quits: the copy is closed
	}

	/** Every file under the copy's folder (the database, its seal, its backups) with its SHA-256. */
	private Map<String, String> filesOfTheCopy() throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(copy())) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				try (InputStream in = Files.newInputStream(path)) {
					sha.update(in.readAllBytes());
				}
				files.put(copy().relativize(path).toString(), HexFormat.of().formatHex(sha.digest()));
			}
		}
		return files;
	}

	private Map<String, String> backups() throws Exception {
		Map<String, String> backups = new TreeMap<>(filesOfTheCopy());
		backups.keySet().removeIf(name -> !name.startsWith("backups"));
		return backups;
	}

	private long claimsInMain(String basisPrefix) throws Exception {
		return ((Number) SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CLAIMS WHERE BASIS LIKE ?", basisPrefix + "%")).longValue();
	}

	@Test
	void b17_oneDamagedDocumentIsRefusedAgainAndAgainAndRecoverStillRestoresAllTheWork() throws Exception {
		Documents.insert(f.mainDb(), UUID.randomUUID(), f.procedure, "scan.pdf", DOCUMENT_SIZE, DOCUMENT_SEED);
		f.goOffline();
		workBackedUp("Договор займа № 18/");
		Map<String, String> intactBackups = backups();
		String mainBefore = SyncFixture.dump(f.mainDb());
		byte[] needle = new byte[32];
		try (InputStream content = Documents.content(DOCUMENT_SIZE, DOCUMENT_SEED)) {
			content.skipNBytes(DOCUMENT_SIZE - 1024 * 1024);
			content.readNBytes(needle, 0, needle.length);
		}
		FileDamage.changeAfter(copy().resolve("offline.mv.db"), filePassword(), needle, 8, 16, 0xFF);

		for (int attempt = 1; attempt <= 3; attempt++) { // each refused sync used to back the damaged file up
			SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));
			assertEquals(SyncException.Reason.DAMAGED, refused.reason(), refused.getMessage());
			assertTrue(refused.getMessage().contains("scan.pdf"), refused.getMessage());
			f.active.activateMain();
		}

		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "B3: main unchanged");
		assertEquals(intactBackups, backups(), "no backup of the damaged copy was taken, none intact removed");
		OfflineRecovery recovery = f.offline.recover(new NullProgressMonitor());
		assertNotNull(recovery, "the damaged copy is replaced");
		assertEquals(0, recovery.lostChanges(), "the newest intact backup holds all the work");
		SyncReport report = f.offline.synchronize(new NullProgressMonitor());
		assertEquals(2, report.totalInserted(), report.toString());
		assertEquals(2, claimsInMain("Договор займа № 18/"), "main is missing nothing");
	}

	@Test
	void b24_aValueChangedInsideTheEncryptedFileIsRefusedAsDamageAndRecovered() throws Exception {
		f.goOffline();
		workBackedUp("Договор транспортной экспедиции № ТЭ-236/");
		String mainBefore = SyncFixture.dump(f.mainDb());
		// One byte of a claim's basis, changed where H2 cannot see it: the file opens and reads as before.
		FileDamage.changeAfter(copy().resolve("offline.mv.db"), filePassword(),
				"-236/1".getBytes(StandardCharsets.US_ASCII), 2, 1, 0x01); // H2 stores Cyrillic in its own encoding: ASCII is found

		SyncException preview = assertThrows(SyncException.class, () -> f.offline.preview(new NullProgressMonitor()));
		SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

		assertEquals(SyncException.Reason.DAMAGED, preview.reason(), preview.getMessage());
		assertEquals(SyncException.Reason.DAMAGED, refused.reason(), refused.getMessage());
		assertTrue(refused.getMessage().contains("CLAIMS"), refused.getMessage());
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "no changed value reaches main");
		f.active.activateMain();
		assertNotNull(f.offline.damage(), "status says so after the refusal");
		OfflineRecovery recovery = f.offline.recover(new NullProgressMonitor());
		assertEquals(0, recovery.lostChanges());
		f.offline.synchronize(new NullProgressMonitor());
		assertEquals(2, claimsInMain("Договор транспортной экспедиции № ТЭ-236/"));
		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = ?",
				"Договор транспортной экспедиции № ТЭ-236/1"), "the value as it was written, not as the disk changed it");
	}

	@Test
	void b2_readOnlyCallsLeaveTheCopyItsSealAndItsBackupsByteForByte() throws Exception {
		f.goOffline();
		workBackedUp("Договор аренды № 2/");
		Map<String, String> before = filesOfTheCopy();

		assertNull(f.offline.damage());
		assertNull(f.offline.damage());
		SyncReport preview = f.offline.preview(new NullProgressMonitor());
		assertEquals(2, f.offline.offlineChanges().created(), "B12 counts read the copy");
		f.offline.reports();
		f.offline.checkouts();

		assertEquals(2, preview.totalInserted(), preview.toString());
		assertEquals(before, filesOfTheCopy(), "B2: nothing under the copy's folder changed");
	}

	@Test
	void b17_aBackupIsTakenOnlyOfACopyThatReadsBackWhole() throws Exception {
		f.goOffline();
		workBackedUp("Договор подряда № PD-5/");
		Map<String, String> intact = backups();
		FileDamage.changeAfter(copy().resolve("offline.mv.db"), filePassword(),
				"PD-5/0".getBytes(StandardCharsets.US_ASCII), 3, 1, 0x01);
		assertNull(f.offline.damage(), "the copy opens and its seal holds: H2 cannot see this damage");
		// Opened for work: the file changed since PAU Desk closed it, so a backup is due at once.
		assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));
		f.active.activateMain();

		assertEquals(intact, backups(), "the damaged copy was never backed up");
		assertEquals(0, f.offline.recover(new NullProgressMonitor()).lostChanges());
	}

	@Test
	void b17_aNewCopysFirstBackupIsTakenAsWrittenAndEveryLaterOneOnlyOfACopyThatReadsBackWhole() throws Exception {
		StoreFactory factory = TestDatabases.service(StoreFactory.class);
		double readBack = StepTimes.seconds(StepTimes.READ_BACK);
		f.goOffline();
		assertEquals(readBack, StepTimes.seconds(StepTimes.READ_BACK), "issue 21: the new copy is not read back");
		assertEquals(1, backups().size(), "the first backup holds the copy as taken");
		workBackedUp("Договор поставки № 21/");
		Map<String, String> intact = backups();
		FileDamage.changeAfter(copy().resolve("offline.mv.db"), filePassword(),
				"21/0".getBytes(StandardCharsets.US_ASCII), 2, 1, 0x01);

		try (Store reopened = factory.openOffline(copy(), filePassword())) {
			assertThrows(OfflineDamagedException.class, () -> factory.backupNewOffline(reopened),
					"a copy that has backups is read back first, whichever way it is backed up");
		}

		assertEquals(intact, backups(), "the damaged copy was never backed up");
		assertEquals(0, f.offline.recover(new NullProgressMonitor()).lostChanges());
		f.offline.synchronize(new NullProgressMonitor());
		assertEquals(2, claimsInMain("Договор поставки № 21/"), "main is missing nothing");
	}

	private long openCheckoutsInMain() throws Exception {
		return ((Number) SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL")).longValue();
	}

	@Test
	void r6_aDiscardKilledAsTheModeTurnsMainIsFinishedByTheNextStatus() throws Exception {
		f.goOffline();
		assertEquals(1, openCheckoutsInMain());
		FaultInjection.arm(Point.DISCARD_AFTER_MODE, null); // the process dies here: main not told yet

		assertThrows(IllegalStateException.class, () -> f.offline.discard());

		assertTrue(!f.offline.state().isOffline(), "the workspace is in main mode");
		assertEquals(1, openCheckoutsInMain(), "main still shows the procedure taken");
		assertThrows(SyncException.class, () -> f.offline.discard(), "a second discard: not offline");
		assertTrue(f.offline.checkouts().isEmpty(), "status (which lists the checkouts) finishes the return first");
		assertEquals(0, openCheckoutsInMain(), "colleagues no longer see it taken");
	}

	@Test
	void r6_aDiscardKilledBeforeTheModeTurnsLeavesTheCopyHeldAndADiscardFinishesIt() throws Exception {
		f.goOffline();
		FaultInjection.arm(Point.DISCARD_BEFORE_MODE, null);

		assertThrows(IllegalStateException.class, () -> f.offline.discard());

		assertTrue(f.offline.state().isOffline(), "still offline: nothing was discarded");
		f.offline.checkouts();
		assertEquals(1, openCheckoutsInMain(), "still held: status does not return it");
		f.offline.discard();
		assertEquals(0, openCheckoutsInMain());
	}
}
