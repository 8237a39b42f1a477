package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.DataException;
import pau.model.Procedure;
import pau.store.DatabaseFault;
import pau.store.DatabaseSettings;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Issue 21: over an office VPN a connection can fall silent without a word (the tunnel drops, a hotel's
 * network goes), and a server can accept a connection and never answer. A thread reading from such a
 * connection waited for hours: the procedures view never showed its list, a synchronization never ended.
 * A connection to a database server that stays silent for {@code pau.store.networkTimeoutSeconds} (120 s;
 * 2 s here) is given up, and the user is told in words. The relay in front of the server falls silent
 * as such a network does: what is sent goes nowhere and nothing is closed.
 */
class NetworkSilenceTest {

	private static final String TIMEOUT = "pau.store.networkTimeoutSeconds";
	/** Far above the 2 s given up after: only a hang takes this long. */
	private static final Duration HANG = Duration.ofSeconds(60);
	/**
	 * One timeout and some: EclipseLink's own retries (asking the broken connection whether it lives, then
	 * three more tries a second apart, each waiting for the timeout) took 18 s here before they were off.
	 */
	private static final Duration ONE_TIMEOUT = Duration.ofSeconds(9);
	private static final String IN_WORDS = "the database server does not answer or the connection to it broke";

	@TempDir
	Path dir;

	@BeforeEach
	void shortTimeout() {
		System.setProperty(TIMEOUT, "2");
	}

	@AfterEach
	void defaultTimeout() {
		System.clearProperty(TIMEOUT);
	}

	@Test
	void issue21_anH2MainFallingSilentMidWork_isGivenUpInWords() throws Exception {
		behindRelay(NetworkSilenceTest::fallsSilentMidWork);
	}

	/** Work on an H2 main served from the test's folder, reached through a relay. */
	private interface RelayedWork {
		void run(StoreFactory factory, TestRelay relay, DatabaseSettings throughRelay) throws Exception;
	}

	private void behindRelay(RelayedWork work) throws Exception {
		Server server = TestDatabases.startServer(dir);
		try (TestRelay relay = TestRelay.start(server.getPort())) {
			StoreFactory factory = TestDatabases.service(StoreFactory.class);
			factory.createMain(TestDatabases.tcp(server, "main")).close();
			work.run(factory, relay, new DatabaseSettings("jdbc:h2:tcp://localhost:" + relay.port() + "/main", "sa", ""));
		} finally {
			server.stop();
		}
	}

	@Test
	void issue21_aPostgresqlMainFallingSilentMidWork_isGivenUpInWords() throws Exception {
		try (TestPostgres postgres = new TestPostgres()) {
			StoreFactory factory = TestDatabases.service(StoreFactory.class);
			factory.createMain(postgres.settings).close();
			URI server = URI.create(postgres.settings.url().substring("jdbc:".length()));
			try (TestRelay relay = TestRelay.start(server.getPort())) {
				String through = "jdbc:postgresql://127.0.0.1:" + relay.port() + server.getPath();
				fallsSilentMidWork(factory, relay, new DatabaseSettings(through, postgres.settings.user(), postgres.settings.password()));
			}
		}
	}

	private static void fallsSilentMidWork(StoreFactory factory, TestRelay relay, DatabaseSettings throughRelay) {
		try (Store main = factory.openMain(throughRelay)) {
			assertTrue(main.records().all(Procedure.class).isEmpty(), "read while the network carries");
			relay.silence();
			DataException failure = assertTimeoutPreemptively(ONE_TIMEOUT,
					() -> assertThrows(DataException.class, () -> main.records().all(Procedure.class)));
			// A broken connection, which the views and pau-cli say in words (Errors.inWords, SyncFailures).
			assertEquals(DatabaseFault.CONNECTION, DatabaseFault.of(failure, throughRelay.url()), failure.getMessage());
		}
	}

	@Test
	void issue21_aServerThatAcceptsAndNeverAnswers_isGivenUpInWords() throws Exception {
		behindRelay((factory, relay, silent) -> {
			relay.silence();

			DataException opening = assertTimeoutPreemptively(HANG, () -> assertThrows(DataException.class, () -> factory.openMain(silent)));
			assertTrue(opening.getMessage().contains(IN_WORDS), opening.getMessage());

			// The check before a command has its own, shorter bound, and says it in words too.
			DataException check = assertThrows(DataException.class, () -> factory.checkReachable(silent, Duration.ofSeconds(1)));
			assertTrue(check.getMessage().contains("did not answer within 1 s"), check.getMessage());
		});
	}
}
