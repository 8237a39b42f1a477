package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.Procedure;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.store.internal.SecureStorage;

/**
 * The service that says which database the application works on.
 */
class ActiveDatabaseTest {

	@TempDir
	Path dir;

	private final ActiveDatabase active = TestDatabases.service(ActiveDatabase.class);

	@Test
	void defaultMainIsAnEmbeddedH2FileUnderTheInstanceLocationWithDemoData() {
		DatabaseSettings settings = active.mainSettings();
		assertTrue(settings.url().startsWith("jdbc:h2:file:"), settings.url());
		assertTrue(settings.url().endsWith("/database/main;AUTO_SERVER=TRUE"), settings.url());
		assertEquals(Store.Kind.MAIN, active.main().kind());
		assertFalse(active.main().records().all(Procedure.class).isEmpty(), "a first start fills demo data");
	}

	@Test
	void switchingToOfflineAndBackIsAnnounced() {
		AtomicInteger announced = new AtomicInteger();
		Runnable listener = announced::incrementAndGet;
		active.addListener(listener);
		try {
			Store offline = TestDatabases.service(StoreFactory.class).createOffline(dir, "k");
			active.activateOffline(offline);
			assertSame(offline, active.current());
			assertTrue(active.isOffline());
			active.activateMain();
			assertSame(active.main(), active.current());
			assertFalse(active.isOffline());
			assertEquals(2, announced.get());
		} finally {
			active.removeListener(listener);
		}
	}

	@Test
	void issue21_aMainWithoutAPasswordLeavesTheSecureStorageAloneAndOneWithAPasswordIsKeptThere() throws Exception {
		DatabaseSettings previous = active.mainSettings();
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("pau.store");
		DatabaseSettings withPassword = new DatabaseSettings("jdbc:h2:tcp://localhost:1/issue21", "pau", "s3cret");
		String entry = Integer.toHexString(withPassword.url().hashCode());
		try {
			active.setMainSettings(withPassword);
			assertTrue(preferences.getBoolean("main.passwordStored", false));
			assertEquals("s3cret", SecureStorage.get("/pau/main-database", entry), "kept encrypted in the secure storage");
			byte[] storage = Files.readAllBytes(SecureStorage.file());

			active.setMainSettings(new DatabaseSettings(withPassword.url(), "pau", ""));

			assertFalse(preferences.getBoolean("main.passwordStored", true), "nothing to read from the storage at the next start");
			assertArrayEquals(storage, Files.readAllBytes(SecureStorage.file()), "the storage was not written");
			assertEquals("", active.mainSettings().password());
		} finally {
			active.setMainSettings(previous);
			SecureStorage.remove("/pau/main-database", entry);
		}
	}

	@Test
	void mainDatabaseOverTcpFromTheSettings() throws Exception {
		DatabaseSettings previous = active.mainSettings();
		Server server = TestDatabases.startServer(dir);
		try {
			DatabaseSettings tcp = TestDatabases.tcp(server, "shared");
			TestDatabases.service(StoreFactory.class).createMain(tcp).close(); // a configured URL must name a database
			active.setMainSettings(tcp);
			assertEquals(tcp.url(), active.mainSettings().url());
			assertEquals(tcp.url(), active.main().url());
			assertTrue(active.main().records().all(Procedure.class).isEmpty(), "no demo data in a configured database");
		} finally {
			active.setMainSettings(previous);
			server.stop();
		}
	}
}
