package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.DataException;
import pau.store.KeyStore;
import pau.store.OfflineKeys;
import pau.store.internal.SecureStorage;

/**
 * B4, issue 9 "keys never lost", inside one process: offline keys kept in PAU Desk's secure storage
 * (its own file under {@code user.home}, pointed at a temporary folder here) survive writers and
 * readers at the same time, and the storage is its owner's only. Processes at the same time:
 * pau.cli.tests' KeyStoreCliTest.
 */
class OfflineKeysTest {

	@TempDir
	Path home;

	private String realHome;

	@BeforeEach
	void ownHome() {
		Assumptions.assumeTrue(System.getenv(OfflineKeys.ENVIRONMENT_VARIABLE) == null, "keys come from secure storage");
		realHome = System.getProperty("user.home");
		System.setProperty("user.home", home.toString());
	}

	@AfterEach
	void realHome() {
		if (realHome != null) {
			System.setProperty("user.home", realHome);
		}
	}

	private static String mode(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	@Test
	void b4_storageAndLockFileAreTheOwnersOnly() throws Exception {
		String key = OfflineKeys.create("first");
		assertEquals(key, OfflineKeys.get("first"));
		assertEquals(64, key.length(), "256 random bits");
		assertNotEquals(key, OfflineKeys.create("second"));
		assertEquals("rw-------", mode(SecureStorage.file()));
		assertEquals("rw-------", mode(SecureStorage.lockFile()));
		assertEquals("rwx------", mode(SecureStorage.directory()));
		String text = Files.readString(SecureStorage.file(), StandardCharsets.ISO_8859_1);
		assertTrue(text.contains("/pau/offline-keys/first=") && !text.contains(key), "kept encrypted");
		try (var files = Files.list(SecureStorage.directory())) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no temporary copies left");
		}
	}

	@Test
	void b4_writersAtTheSameTimeKeepEveryKey() throws Exception {
		ExecutorService writers = Executors.newFixedThreadPool(8);
		Map<String, String> created = new ConcurrentHashMap<>();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String id = "checkout-" + i;
				done.add(writers.submit(() -> created.put(id, OfflineKeys.create(id))));
			}
			for (Future<?> future : done) {
				future.get();
			}
		} finally {
			writers.shutdownNow();
		}
		assertEquals(40, created.size());
		created.forEach((id, key) -> assertEquals(key, OfflineKeys.get(id), id));
	}

	@Test
	void b4_readersDuringWritesAlwaysFindTheKey() throws Exception {
		String key = OfflineKeys.create("kept");
		AtomicBoolean writing = new AtomicBoolean(true);
		Thread writer = new Thread(() -> {
			for (int i = 0; i < 30; i++) {
				OfflineKeys.create("other-" + i);
				OfflineKeys.forget("other-" + (i - 1));
			}
			writing.set(false);
		});
		writer.start();
		int reads = 0;
		while (writing.get() || reads == 0) {
			assertEquals(key, OfflineKeys.get("kept"), "read " + reads);
			reads++;
		}
		writer.join();
		assertTrue(reads > 1, "reads overlapped the writes");
	}

	@Test
	void b4_aForgottenKeyIsGoneAndOthersStay() throws Exception {
		String kept = OfflineKeys.create("kept");
		OfflineKeys.create("gone");
		OfflineKeys.forget("gone");
		OfflineKeys.forget("never-existed");
		assertThrows(DataException.class, () -> OfflineKeys.get("gone"));
		assertNull(SecureStorage.get("/pau/offline-keys", "gone"));
		assertEquals(kept, OfflineKeys.get("kept"));
	}

	@Test
	void b4_theKeyStoreIsTheSecretServiceWhereOneRunsElseTheFileWithAWarning() throws Exception {
		KeyStore store = KeyStore.current();
		OfflineKeys.create("where");
		String text = Files.readString(SecureStorage.file(), StandardCharsets.ISO_8859_1);
		if (Boolean.getBoolean("pau.test.secretService")) {
			assertEquals(KeyStore.Kind.SECRET_SERVICE, store.kind(), String.valueOf(store.reason()));
			assertTrue(text.contains(SecureStorage.SECRET_SERVICE_MODULE.toLowerCase()), text);
			assertTrue(!Files.exists(SecureStorage.keyFile()), "no master password in a file");
			assertNull(store.warning());
		} else if (store.isFallback()) {
			assertTrue(text.contains(SecureStorage.FILE_MODULE.toLowerCase()), text);
			assertEquals("rw-------", mode(SecureStorage.keyFile()));
			assertTrue(store.warning().contains(SecureStorage.keyFile().toString()), store.warning());
			assertTrue(store.warningOnce() != null && store.warningOnce() == null, "the GUI warns once");
		}
	}
}
