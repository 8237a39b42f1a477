package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.store.OfflineDamagedException;
import pau.store.StepTimes;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Issue 21 item 4 with B17 whole: a copy whose file holds exactly what PAU Desk's own engine wrote is
 * checked by its bytes, not read back whole; every other file (another H2 client wrote to it, a byte the
 * disk changed, PAU Desk killed before it closed the file) is read back whole, and once that passes the file
 * is known again. Whether the read-back ran is what {@link StepTimes} counted.
 */
class OfflineAsWrittenTest {

	private static final String KEY = "as-written-key-0123";

	@TempDir
	Path dir;

	private final StoreFactory factory = TestDatabases.service(StoreFactory.class);

	@Test
	void b17_issue21_aCopyAsPauDeskWroteItIsCheckedByItsBytesInEverySessionAfterTheFirst() throws Exception {
		try (Store offline = factory.createOffline(dir, KEY)) {
			addEnterprises(offline, 2000, "first");
			assertEquals(false, readBack(() -> factory.verifyOffline(offline)), "written from the start in this session");
		}
		assertTrue(Files.exists(dir.resolve("offline.mv.db.written")), "what was written is kept when the copy closes");
		try (Store offline = factory.openOffline(dir, KEY)) {
			assertEquals(false, readBack(() -> factory.verifyOffline(offline)), "as PAU Desk left it");
			addEnterprises(offline, 500, "second");
			assertEquals(false, readBack(() -> factory.backupOffline(offline)), "and with this session's work, before a backup");
		}
		try (Store offline = factory.openOffline(dir, KEY)) {
			assertEquals(false, readBack(() -> factory.verifyOffline(offline)), "the next day");
		}
	}

	@Test
	void b17_issue21_aCopyInAFolderReachedThroughASymbolicLinkIsKnownAsWrittenToo() throws Exception {
		Path real = Files.createDirectories(dir.resolve("real"));
		Path linked = Files.createSymbolicLink(dir.resolve("linked"), real);
		try (Store offline = factory.createOffline(linked, KEY)) {
			addEnterprises(offline, 500, "linked");
		}
		try (Store offline = factory.openOffline(linked, KEY)) {
			assertEquals(false, readBack(() -> factory.verifyOffline(offline)));
		}
	}

	@Test
	void b17_issue21_aCopyAnotherH2ClientWroteIsReadBackWholeOnceThenKnown() throws Exception {
		try (Store offline = factory.createOffline(dir, KEY)) {
			addEnterprises(offline, 1000, "ours");
		}
		JdbcDataSource client = new JdbcDataSource(); // a plain H2 client with the key (PAU_OFFLINE_KEY)
		client.setURL("jdbc:h2:file:" + dir.resolve("offline") + ";CIPHER=AES;IFEXISTS=TRUE");
		client.setUser("PAU");
		client.setPassword(KEY + " ");
		try (Connection connection = client.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("UPDATE ENTERPRISES SET ADDRESS = 'г. Тверь' WHERE NAME LIKE '%ours 1%'");
		}
		try (Store offline = factory.openOffline(dir, KEY)) {
			assertEquals(true, readBack(() -> factory.verifyOffline(offline)), "another program's bytes are read back");
			assertEquals(false, readBack(() -> factory.verifyOffline(offline)), "once: then they are known");
		}
		try (Store offline = factory.openOffline(dir, KEY)) {
			assertEquals(false, readBack(() -> factory.verifyOffline(offline)), "and stay known after the close");
		}
	}

	@Test
	void b17_issue21_aByteChangedOnDiskSendsTheCopyToTheReadBackWhichRefusesIt() throws Exception {
		try (Store offline = factory.createOffline(dir, KEY)) {
			addEnterprises(offline, 2000, "damaged");
		}
		Path file = dir.resolve("offline.mv.db");
		// One byte in the middle of the file's content (encrypted): H2 itself opens the file as before.
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			long at = channel.size() / 2;
			ByteBuffer one = ByteBuffer.allocate(1);
			channel.read(one, at);
			one.put(0, (byte) (one.get(0) ^ 0x5A)).rewind();
			channel.write(one, at);
		}
		try (Store offline = factory.openOffline(dir, KEY)) {
			boolean[] refused = { false };
			boolean read = readBack(() -> {
				try {
					factory.verifyOffline(offline);
				} catch (OfflineDamagedException e) {
					refused[0] = true;
				}
			});
			assertEquals(true, read, "a byte PAU Desk did not write sends the copy to the whole read-back");
			if (refused[0]) {
				assertThrows(OfflineDamagedException.class, () -> factory.verifyOffline(offline), "never known as written");
			}
		} catch (OfflineDamagedException e) {
			// H2 read the changed page as it opened the copy: refused before any check, as before.
		}
	}

	@Test
	void b17_issue21_writesOfASessionThatNeverClosedAreNotKnown() throws Exception {
		try (Store offline = factory.createOffline(dir, KEY)) {
			addEnterprises(offline, 1000, "before");
		}
		Path record = dir.resolve("offline.mv.db.written");
		Path kept = dir.resolve("record-before-the-kill");
		Files.copy(record, kept);
		try (Store offline = factory.openOffline(dir, KEY)) {
			addEnterprises(offline, 1000, "killed");
		}
		// As if PAU Desk were killed: the file has the session's writes, the record is the last close's.
		Files.move(kept, record, StandardCopyOption.REPLACE_EXISTING);
		try (Store offline = factory.openOffline(dir, KEY)) {
			assertEquals(true, readBack(() -> factory.verifyOffline(offline)));
		}
	}

	@Test
	void b17_issue21_aNewCopyCompactedIsStillKnownAsWritten() throws Exception {
		System.setProperty("pau.offline.compactFromBytes", "0");
		try {
			Store offline = factory.createOffline(dir, KEY);
			try (Connection connection = offline.dataSource().getConnection()) {
				connection.setAutoCommit(false); // one transaction of rows in random key order, as a copy is taken
				addEnterprises(offline, connection, 20000, "compacted");
				connection.commit();
			}
			Store compacted = factory.compactNewOffline(offline, dir, KEY);
			try {
				assertTrue(compacted != offline, "the premise: compacted into a new file that took the old one's place");
				assertEquals(false, readBack(() -> factory.verifyOffline(compacted)));
			} finally {
				compacted.close();
			}
		} finally {
			System.clearProperty("pau.offline.compactFromBytes");
		}
	}

	/** Whether the check ran the whole read-back (its time grew) rather than only the check of the bytes. */
	private static boolean readBack(Runnable check) {
		double readBack = StepTimes.seconds(StepTimes.READ_BACK);
		double asWritten = StepTimes.seconds(StepTimes.AS_WRITTEN);
		check.run();
		assertTrue(StepTimes.seconds(StepTimes.AS_WRITTEN) > asWritten, "the file's bytes were checked");
		return StepTimes.seconds(StepTimes.READ_BACK) > readBack;
	}

	private static void addEnterprises(Store offline, int count, String tag) throws Exception {
		try (Connection connection = offline.dataSource().getConnection()) {
			addEnterprises(offline, connection, count, tag);
		}
	}

	private static void addEnterprises(Store offline, Connection connection, int count, String tag) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO ENTERPRISES (ID, VERSION, NAME, ADDRESS) SELECT RANDOM_UUID(), 1, "
					+ "'ООО «" + tag + " ' || X || '»', REPEAT('г. Москва, ул. Тверская, д. 1; ', 4) FROM SYSTEM_RANGE(1, " + count + ")");
		}
	}
}
