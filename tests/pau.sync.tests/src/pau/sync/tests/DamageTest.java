package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pau.store.tests.TestPostgres;
import pau.sync.SyncException;
import pau.sync.SyncException.Reason;

/**
 * B17/B3: document content is verified against its SHA256 on the way offline and on the way back; a
 * document whose bytes no longer match is refused as damage, naming the document, and nothing is
 * copied or merged.
 */
class DamageTest {

	private static final String CASE_NUMBER = "А40-100/2024";
	private static final int SIZE = 256 * 1024;

	@TempDir
	Path dir;

	/** A main database of the kind ("h2": an H2 TCP server; "postgres": a fresh PostgreSQL database). */
	private interface MainTest {
		void run(SyncFixture f) throws Exception;
	}

	private void withMain(String kind, MainTest test) throws Exception {
		if (kind.equals("postgres")) {
			try (TestPostgres postgres = new TestPostgres(); SyncFixture f = new SyncFixture(dir, postgres.settings)) {
				test.run(f);
			}
		} else {
			try (SyncFixture f = new SyncFixture(dir)) {
				test.run(f);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres" })
	void b17_documentCreatedOfflineWhoseContentWasDamagedRefusesTheSync(String kind) throws Exception {
		withMain(kind, f -> {
			f.goOffline();
			UUID document = UUID.randomUUID();
			Documents.insert(f.offlineDb(), document, f.procedure, "Скан решения.pdf", SIZE, 7);
			setContent(f, document, Documents.damaged(SIZE, 7, SIZE / 2));

			assertSyncRefusedAsDamage(f, "Скан решения.pdf");
		});
	}

	@Test
	void b17_documentChangedOfflineWhoseContentWasDamagedRefusesTheSync() throws Exception {
		withMain("h2", f -> {
			f.goOffline();
			String sha256 = Documents.sha256(Documents.content(SIZE, 8));
			SyncFixture.exec(f.offlineDb(), "UPDATE DOCUMENTS SET SIZE_BYTES = ?, SHA256 = ?, VERSION = VERSION + 1 WHERE ID = ?",
					SIZE, sha256, f.document);
			setContent(f, f.document, Documents.damaged(SIZE, 8, 0));

			assertSyncRefusedAsDamage(f, "Отчёт.txt");
		});
	}

	@Test
	void b17_bytesFlippedInTheOfflineFileInsideADocumentAreNeverMerged() throws Exception {
		withMain("h2", f -> {
			f.goOffline();
			Path file = f.offline.state().offlineDirectory().resolve("offline.mv.db");
			f.active.activateMain(); // closes the offline database
			byte[] before = Files.readAllBytes(file);
			f.active.activateOffline(pau.store.tests.TestDatabases.service(pau.store.StoreFactory.class).openOffline(
					f.offline.state().offlineDirectory(), pau.store.OfflineKeys.get(f.offline.state().checkoutId().toString())));
			assertTrue(f.active.isOffline()); // opened for work again, as the application does at start
			UUID document = UUID.randomUUID();
			Documents.insert(f.offlineDb(), document, f.procedure, "Опись имущества.pdf", 4 * SIZE, 9);
			f.active.activateMain();
			byte[] after = Files.readAllBytes(file);
			// The file is encrypted: the document is where the file changed most; flip 16 bytes (one AES block) in its middle.
			long at = middleOfLongestChange(before, after);
			for (int i = 0; i < 16; i++) {
				after[(int) at + i] ^= (byte) 0xFF;
			}
			Files.write(file, after);
			String mainBefore = SyncFixture.dump(f.mainDb());

			SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

			System.out.println("Flipped 16 bytes at " + at + " of " + after.length + ": " + refused.reason() + " " + refused.getMessage());
			assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "main unchanged");
			assertTrue(f.offline.state().isOffline(), "still offline");
			assertEquals(Reason.DAMAGED, refused.reason(), refused.getMessage());
			assertTrue(refused.getMessage().contains("Опись имущества.pdf") && refused.getMessage().contains(CASE_NUMBER),
					refused.getMessage());
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres" })
	void b17_documentDamagedInMainRefusesGoingOfflineAndLeavesNothingBehind(String kind) throws Exception {
		withMain(kind, f -> {
			try (Connection main = f.mainDb().getConnection();
					PreparedStatement update = main.prepareStatement("UPDATE DOCUMENTS SET CONTENT = ? WHERE ID = ?")) {
				update.setBytes(1, "отчёт!".getBytes(java.nio.charset.StandardCharsets.UTF_8)); // SHA256 left as it was
				update.setObject(2, f.document);
				update.executeUpdate();
			}

			SyncException refused = assertThrows(SyncException.class, () -> f.goOffline());

			assertEquals(Reason.DAMAGED, refused.reason(), refused.getMessage());
			assertTrue(refused.getMessage().contains("Отчёт.txt") && refused.getMessage().contains(CASE_NUMBER)
					&& refused.getMessage().contains("main database"), refused.getMessage());
			assertFalse(f.offline.state().isOffline());
			assertEquals(0L, ((Number) SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS")).longValue());
			Path copies = pau.store.Workspace.directory().resolve("offline");
			if (Files.isDirectory(copies)) {
				try (Stream<Path> left = Files.list(copies)) {
					assertEquals(0, left.count(), "no offline copy left behind");
				}
			}
		});
	}

	private static void setContent(SyncFixture f, UUID document, java.io.InputStream content) throws Exception {
		try (Connection offline = f.offlineDb().getConnection();
				PreparedStatement update = offline.prepareStatement("UPDATE DOCUMENTS SET CONTENT = ? WHERE ID = ?")) {
			update.setBinaryStream(1, content); // SHA256 left as it was
			update.setObject(2, document);
			update.executeUpdate();
		}
	}

	private static void assertSyncRefusedAsDamage(SyncFixture f, String fileName) throws Exception {
		String mainBefore = SyncFixture.dump(f.mainDb());
		String offlineBefore = SyncFixture.dump(f.offlineDb());

		SyncException refused = assertThrows(SyncException.class, () -> f.offline.synchronize(new NullProgressMonitor()));

		assertEquals(Reason.DAMAGED, refused.reason(), refused.getMessage());
		assertTrue(refused.getMessage().contains(fileName) && refused.getMessage().contains(CASE_NUMBER)
				&& refused.getMessage().contains("offline copy"), refused.getMessage());
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "nothing merged: main unchanged");
		assertTrue(f.offline.state().isOffline(), "still offline");
		assertEquals(offlineBefore, SyncFixture.dump(f.offlineDb()), "the offline copy as it was");
	}

	/** The middle (16-byte aligned) of the longest run of 16-byte blocks that differ between two versions of a file. */
	private static long middleOfLongestChange(byte[] before, byte[] after) {
		long bestStart = 0;
		long bestLength = 0;
		long runStart = -1;
		for (int block = 0; block * 16 < after.length; block++) {
			boolean changed = block * 16 + 16 > before.length
					|| !java.util.Arrays.equals(before, block * 16, block * 16 + 16, after, block * 16, Math.min(after.length, block * 16 + 16));
			if (changed && runStart < 0) {
				runStart = block;
			}
			if ((!changed || (block + 1) * 16 >= after.length) && runStart >= 0) {
				long end = changed ? block + 1 : block;
				if (end - runStart > bestLength) {
					bestStart = runStart;
					bestLength = end - runStart;
				}
				runStart = -1;
			}
		}
		return (bestStart + bestLength / 2) * 16;
	}
}
