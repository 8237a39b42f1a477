package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.DataException;
import pau.model.Enterprise;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * B4: the offline database is encrypted at rest, and opens with any H2 client given the key.
 */
class OfflineDatabaseTest {

	private static final String NAME = "ООО «Секретное предприятие»";
	private static final String INN = "7707083893";
	private static final String KEY = "test-key-0123456789";

	@TempDir
	Path dir;

	private final StoreFactory factory = TestDatabases.service(StoreFactory.class);

	@Test
	void b4_offlineFileDoesNotContainTheNamesOrInns() throws Exception {
		try (Store offline = factory.createOffline(dir, KEY)) {
			Enterprise enterprise = RecordStoreTest.enterprise(NAME);
			enterprise.setInn(INN);
			offline.records().save(enterprise);
		}
		byte[] raw = Files.readAllBytes(dir.resolve("offline.mv.db"));
		assertTrue(raw.length > 0);
		for (String secret : new String[] { NAME, INN, "Секретное" }) {
			for (var charset : new java.nio.charset.Charset[] { StandardCharsets.UTF_8, StandardCharsets.UTF_16BE }) {
				assertFalse(contains(raw, secret.getBytes(charset)), secret + " (" + charset + ") is not in the file");
			}
		}
	}

	@Test
	void b4_plainH2ClientOpensItAsUserPauWithKeyAndSpace() throws Exception {
		try (Store offline = factory.createOffline(dir, KEY)) {
			offline.records().save(RecordStoreTest.enterprise(NAME));
		}
		JdbcDataSource client = new JdbcDataSource();
		client.setURL("jdbc:h2:file:" + dir.resolve("offline") + ";CIPHER=AES;IFEXISTS=TRUE");
		client.setUser("PAU");
		client.setPassword(KEY + " ");
		try (Connection connection = client.getConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT NAME FROM ENTERPRISES")) {
			assertTrue(row.next());
			assertEquals(NAME, row.getString(1));
		}
	}

	@Test
	void b4_wrongKeyIsRefusedWithAClearMessage() {
		factory.createOffline(dir, KEY).close();
		DataException refused = assertThrows(DataException.class, () -> factory.openOffline(dir, "another-key"));
		assertTrue(refused.getMessage().contains("cannot be opened with this key"), refused.getMessage());
	}

	@Test
	void offlineDatabaseHasNoCheckoutTableAndRefusesASecondCreate() throws Exception {
		try (Store offline = factory.createOffline(dir, KEY); Connection connection = offline.dataSource().getConnection()) {
			assertEquals(Store.Kind.OFFLINE, offline.kind());
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
					+ "WHERE TABLE_NAME = 'OFFLINE_CHECKOUTS'"));
		}
		assertThrows(DataException.class, () -> factory.createOffline(dir, KEY));
	}

	@Test
	void issue21_aLargeNewCopyIsCompactedAndOpensAgainWholeAndSealed() throws Exception {
		System.setProperty("pau.offline.compactFromBytes", "0"); // this copy is small: its share of unused file counts
		try {
			Store offline = factory.createOffline(dir, KEY);
			try (Connection connection = offline.dataSource().getConnection(); Statement statement = connection.createStatement()) {
				connection.setAutoCommit(false); // one transaction of rows in random key order, as a copy is taken
				statement.execute("INSERT INTO ENTERPRISES (ID, VERSION, NAME, ADDRESS) SELECT RANDOM_UUID(), 1, "
						+ "'ООО «Предприятие ' || X || '»', REPEAT('г. Москва, ул. Тверская, д. 1; ', 8) FROM SYSTEM_RANGE(1, 20000)");
				connection.commit();
			}
			Path file = dir.resolve("offline.mv.db");
			long before = Files.size(file);
			assertTrue(chunksInUse(offline) < 50, "the premise: most of the new file is unused");

			Store compacted = factory.compactNewOffline(offline, dir, KEY);
			try {
				assertTrue(compacted != offline, "closed and opened again");
				assertTrue(Files.size(file) < before / 2, Files.size(file) + " of " + before + " bytes");
				assertTrue(chunksInUse(compacted) >= 80, "compacted: " + chunksInUse(compacted) + " %");
				factory.verifyOffline(compacted); // every value, digest and index reads back
				try (Connection connection = compacted.dataSource().getConnection()) {
					assertEquals(20000, TestDatabases.count(connection, "SELECT COUNT(*) FROM ENTERPRISES"));
				}
				factory.backupNewOffline(compacted);
			} finally {
				compacted.close();
			}
			factory.openOffline(dir, KEY).close(); // its seal holds: nothing of it is missing
			try (var backups = Files.list(dir.resolve("backups"))) {
				assertEquals(1, backups.count());
			}
		} finally {
			System.clearProperty("pau.offline.compactFromBytes");
		}
	}

	private static int chunksInUse(Store offline) throws Exception {
		try (Connection connection = offline.dataSource().getConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
						+ "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
			assertTrue(row.next());
			return Integer.parseInt(row.getString(1));
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
