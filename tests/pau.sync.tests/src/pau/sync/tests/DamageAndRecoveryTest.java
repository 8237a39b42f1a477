package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pau.store.OfflineRecovery;
import pau.sync.SyncException;
import pau.sync.SyncReport;
import pau.sync.internal.FaultInjection;
import pau.sync.internal.FaultInjection.Point;

/**
 * B17: the offline database seals every commit the program makes, backs itself up, refuses to be
 * merged when it lost work, and is recovered from its newest intact backup.
 */
class DamageAndRecoveryTest extends SyncTestBase {

	private void insertClaims(int count) throws Exception {
		for (int i = 0; i < count; i++) { // one commit each, through the program's data source
			SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
					+ "VALUES (?, 1, ?, ?, ?, 'THIRD', 'FILED')", UUID.randomUUID(), f.procedure, f.creditor1, new BigDecimal(i + 1));
		}
	}

	private Path offlineFile() {
		return f.offline.state().offlineDirectory().resolve("offline.mv.db");
	}

	@ParameterizedTest
	@ValueSource(ints = { 4096, 64 * 1024, -2, 0 })
	void b17_truncatedCopyIsRefusedMainUntouchedAndRecoverSaysWhatIsLost(int cut) throws Exception {
		f.goOffline();
		insertClaims(2);
		FaultInjection.arm(Point.AFTER_PLANNING, null); // a sync that fails after its backup was taken
		assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));
		insertClaims(3);
		f.active.activateMain(); // the application quits: the offline database is closed
		String mainBefore = SyncFixture.dump(f.mainDb());
		try (FileChannel channel = FileChannel.open(offlineFile(), StandardOpenOption.WRITE)) {
			long size = Files.size(offlineFile());
			channel.truncate(cut > 0 ? size - cut : cut < 0 ? size / -cut : 8 * 1024); // -2: half of it; 0: its header
		}

		SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

		assertEquals(SyncException.Reason.DAMAGED, refused.reason(), refused.getMessage());
		assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
		if (cut == 0) {
			assertTrue(refused.getMessage().contains("the newest part of its file is missing"), "in words, not "
					+ refused.getMessage());
		}
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "main unchanged");
		assertNotNull(f.offline.damage());

		OfflineRecovery recovery = f.offline.recover(new NullProgressMonitor());

		assertEquals(3, recovery.lostChanges(), "the three claims saved after the backup before the sync");
		assertTrue(Files.exists(recovery.quarantined().resolve("offline.mv.db")), "the damaged file is kept");
		assertNull(f.offline.damage());
		assertNull(f.offline.recover(new NullProgressMonitor()), "intact now: nothing to do");
		SyncReport report = f.offline.synchronize(new NullProgressMonitor());
		assertEquals(2, report.totalInserted(), "the two claims in the backup");
	}

	@Test
	void b17_everyCommitIsSealedOutsideTheDatabase() throws Exception {
		f.goOffline();
		Path seal = f.offline.state().offlineDirectory().resolve("offline.seal");
		String before = Files.readString(seal);
		insertClaims(1);
		String after = Files.readString(seal);
		assertTrue(before.contains("sequence=1"), before);
		assertTrue(after.contains("sequence=2"), after);
		assertTrue(Files.list(f.offline.state().offlineDirectory().resolve("backups")).findAny().isPresent(),
				"a backup is taken at go-offline");
	}
}
