package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 with the built product: a damaged offline copy is refused and recovered (B17), a lost mode
 * file never costs the copy, and no personal data is left in plain files (B4).
 */
class OfflineReliabilityCliTest {

	private static final String KEY = "reliability-key";

	@TempDir
	Path dir;
	private Process server;
	private String url;
	private JdbcDataSource main;

	@BeforeEach
	void startMain() throws Exception {
		int port = ProductProcess.freePort();
		server = ProductProcess.server(port, dir.resolve("server"));
		url = "jdbc:h2:tcp://localhost:" + port + "/main";
		main = Sql.main(url);
		assertEquals(0, cli(Map.of(), "demo-data", "--main", url, "--procedures", "3", "--seed", "9").exitCode());
	}

	@AfterEach
	void stopMain() throws Exception {
		ProductProcess.stop(server);
	}

	private ProductProcess.Result cli(Map<String, String> environment, String... arguments) throws Exception {
		return ProductProcess.cliIn(dir.resolve("workspace"), KEY, environment, arguments);
	}

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return cli(Map.of(), arguments);
	}

	private JdbcDataSource offlineDb() throws Exception {
		String json = cli("status", "--json").out();
		return Sql.offlineOf(json, KEY);
	}

	private Path offlineFile() throws Exception {
		try (Stream<Path> copies = Files.list(dir.resolve("workspace").resolve("offline"))) {
			return copies.findFirst().orElseThrow().resolve("offline.mv.db");
		}
	}

	@Test
	void b17_truncatedOfflineFileIsRefusedNeverMergedAndRecoverRestoresABackupThatSyncs() throws Exception {
		assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());
		JdbcDataSource offline = offlineDb();
		String procedure = Sql.column(offline, "SELECT ID FROM PROCEDURES ORDER BY ID").get(0);
		String creditor = Sql.column(offline, "SELECT CREDITOR_ID FROM CLAIMS ORDER BY ID").get(0);
		for (int i = 0; i < 5; i++) { // five claims in five commits, by another H2 client
			Sql.exec(offline, "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) VALUES ('"
					+ UUID.randomUUID() + "', 1, '" + procedure + "', '" + creditor + "', " + (i + 1) + ", 'THIRD', 'FILED')");
		}
		String claimsBefore = Sql.column(main, "SELECT COUNT(*) FROM CLAIMS").get(0);
		Path file = offlineFile();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(Files.size(file) - 64 * 1024);
		}

		ProductProcess.Result sync = cli("sync");
		assertEquals(5, sync.exitCode(), sync.toString());
		assertTrue(sync.err().contains("damaged"), sync.toString());
		assertEquals(1, sync.err().strip().lines().filter(l -> l.startsWith("pau-cli:")).count(), "one line: " + sync);
		assertEquals(claimsBefore, Sql.column(main, "SELECT COUNT(*) FROM CLAIMS").get(0), "main unchanged");
		ProductProcess.Result status = cli("status", "--json");
		assertTrue(status.out().contains("\"offlineDamaged\":true"), status.toString());

		ProductProcess.Result recover = cli("recover");
		assertEquals(0, recover.exitCode(), recover.toString());
		assertTrue(recover.out().contains("Restored the backup"), recover.toString());
		try (Stream<Path> aside = Files.list(dir.resolve("workspace").resolve("quarantine"))) {
			assertTrue(aside.anyMatch(p -> Files.exists(p.resolve("offline.mv.db"))), "the damaged file is kept");
		}
		assertTrue(cli("status", "--json").out().contains("\"offlineDamaged\":false"));
		ProductProcess.Result again = cli("sync");
		assertEquals(0, again.exitCode(), again.toString());
		assertEquals(claimsBefore, Sql.column(main, "SELECT COUNT(*) FROM CLAIMS").get(0),
				"the backup (taken at go-offline) holds none of the five; nothing damaged reached main");
		ProductProcess.Result intact = cli("recover");
		assertEquals(4, intact.exitCode(), "not offline any more");
	}

	@Test
	void b17_emptiedModeFileIsRebuiltFromTheCopyAndAStrayCopyIsSetAsideNotDeleted() throws Exception {
		assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());
		String before = cli("status", "--json").out();
		String checkout = before.replaceAll("(?s).*\"checkoutId\":\"([^\"]+)\".*", "$1");
		Path copy = offlineFile();
		Path stray = dir.resolve("workspace").resolve("offline").resolve(UUID.randomUUID().toString());
		Files.createDirectories(stray);
		Files.copy(copy, stray.resolve("offline.mv.db"));
		Files.writeString(dir.resolve("workspace").resolve(".pau-sync").resolve("state.properties"), "");

		ProductProcess.Result status = cli("status", "--json");
		assertEquals(0, status.exitCode(), status.toString());
		assertTrue(status.out().contains("\"mode\":\"offline\"") && status.out().contains(checkout), status.toString());
		assertFalse(Files.exists(stray), "not in offline/ any more");
		assertTrue(status.out().contains("quarantine") && status.out().contains(stray.getFileName().toString()),
				"listed: " + status);
		try (Stream<Path> aside = Files.list(dir.resolve("workspace").resolve("quarantine"))) {
			assertTrue(aside.anyMatch(p -> Files.exists(p.resolve("offline.mv.db"))), "kept, never deleted");
		}
		assertEquals(0, cli("sync").exitCode(), "the rebuilt mode synchronizes");
	}

	@Test
	void b4_noDebtorNameOrInnInPlainFilesUnderTheWorkspaceOrHomeAfterARoundTrip() throws Exception {
		Path home = dir.resolve("home");
		Files.createDirectories(home);
		// Java takes user.home from the password database, not from $HOME: isolate both.
		Map<String, String> withKey = Map.of("HOME", home.toString(), "PAU_JAVA_OPTS", "-Duser.home=" + home);
		Map<String, String> isolated = Map.of("HOME", home.toString(), "PAU_JAVA_OPTS", "-Duser.home=" + home,
				"PAU_OFFLINE_KEY", "");
		// A round trip with work on both sides, so the report holds names, case numbers and values.
		assertEquals(0, cli(withKey, "go-offline", "--main", url, "--all").exitCode());
		JdbcDataSource offline = offlineDb();
		Sql.exec(offline, "UPDATE PROCEDURES SET COURT = 'Суд офлайн'");
		Sql.exec(offline, "UPDATE MEETINGS SET RESULT = 'Принято офлайн'");
		Sql.exec(main, "UPDATE PROCEDURES SET COURT = 'Суд основной'");
		assertEquals(0, cli(withKey, "sync", "--preview").exitCode());
		assertEquals(0, cli(withKey, "sync").exitCode());
		assertEquals(1L, Long.parseLong(Sql.column(main, "SELECT COUNT(*) FROM SYNC_REPORTS").get(0)), "the report is in main");
		// And one with the key in secure storage under the isolated home.
		assertEquals(0, cli(isolated, "go-offline", "--main", url, "--all").exitCode());
		assertEquals(0, cli(isolated, "status").exitCode());
		assertEquals(0, cli(isolated, "discard", "--yes").exitCode());

		List<String> secrets = new ArrayList<>();
		secrets.addAll(Sql.column(main, "SELECT NAME FROM ENTERPRISES"));
		secrets.addAll(Sql.column(main, "SELECT INN FROM ENTERPRISES WHERE INN IS NOT NULL"));
		secrets.addAll(Sql.column(main, "SELECT CASE_NUMBER FROM PROCEDURES"));
		secrets.add("Суд офлайн");
		secrets.add("Принято офлайн");
		assertFalse(secrets.isEmpty());
		List<String> found = new ArrayList<>();
		for (Path root : List.of(dir.resolve("workspace"), home)) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
					for (String secret : secrets) {
						if (text.contains(secret)) {
							found.add(file + ": " + secret);
						}
					}
				}
			}
		}
		assertEquals(List.of(), found, "personal data in plain files");
	}
}
