package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 with the built product: read-only commands write nothing, and one damaged document never
 * costs the offline work (B2, B17).
 */
class RecoveryCliTest {

	private static final String KEY = "recovery-key";

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
		assertEquals(0, cli(Map.of(), "demo-data", "--main", url, "--procedures", "3", "--documents-mb", "20", "--seed", "18")
				.exitCode());
		assertEquals(0, cli(Map.of(), "go-offline", "--main", url, "--all").exitCode());
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

	private Path copy() throws Exception {
		try (Stream<Path> copies = Files.list(dir.resolve("workspace").resolve("offline"))) {
			return copies.findFirst().orElseThrow();
		}
	}

	/** Three claims saved in the copy by another H2 client. */
	private void offlineWork() throws Exception {
		String json = cli("status", "--json").out();
		JdbcDataSource offline = Sql.offlineOf(json, KEY);
		String procedure = Sql.column(offline, "SELECT ID FROM PROCEDURES ORDER BY ID").get(0);
		String creditor = Sql.column(offline, "SELECT CREDITOR_ID FROM CLAIMS ORDER BY ID").get(0);
		for (int i = 0; i < 3; i++) {
			Sql.exec(offline, "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, STATUS) VALUES ('"
					+ UUID.randomUUID() + "', 1, '" + procedure + "', '" + creditor + "', " + (i + 1)
					+ ", 'THIRD', 'Issue 18 claim', 'FILED')");
		}
	}

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

	@Test
	void b2_statusReportsAndPreviewLeaveTheCopyItsSealAndItsBackupsByteForByte() throws Exception {
		offlineWork(); // the copy changed outside PAU Desk: opening it for work would take a backup at once
		Map<String, String> before = filesOfTheCopy();

		for (String[] command : new String[][] { { "status" }, { "status", "--json" }, { "sync", "--preview" },
				{ "reports", "--json" }, { "status" } }) {
			ProductProcess.Result result = cli(command);
			assertEquals(0, result.exitCode(), String.join(" ", command) + ": " + result);
		}

		assertEquals(before, filesOfTheCopy(), "B2: the offline file, its seal and its backups as they were");
	}

	@Test
	void b17_oneDamagedDocumentIsRefusedThenRecoverAndSyncHandInAllTheWork() throws Exception {
		offlineWork();
		// A sync that fails after its backup (so the newest backup holds the three claims), then two statuses.
		ProductProcess.Result failed = cli(Map.of("PAU_JAVA_OPTS", "-Dpau.test.fault=AFTER_PLANNING"), "sync");
		assertEquals(1, failed.exitCode(), failed.toString());
		assertEquals(0, cli("status").exitCode());
		assertEquals(0, cli("status", "--json").exitCode());
		long claimsBefore = Sql.count(main, "SELECT COUNT(*) FROM CLAIMS");
		Path file = copy().resolve("offline.mv.db");
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			long at = channel.size() - 1024 * 1024; // the reproduction: 16 bytes 1 MB before the end
			ByteBuffer bytes = ByteBuffer.allocate(16);
			channel.read(bytes, at);
			byte[] flipped = bytes.array();
			for (int i = 0; i < flipped.length; i++) {
				flipped[i] ^= (byte) 0xFF;
			}
			channel.write(ByteBuffer.wrap(flipped), at);
		}

		ProductProcess.Result sync = cli("sync");
		if (sync.exitCode() == 5) {
			assertTrue(sync.err().contains("damaged"), sync.toString());
			assertEquals(claimsBefore, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS"), "main unchanged");
			assertEquals(5, cli("sync").exitCode(), "refused again: and again no backup of the damaged file");
			assertTrue(cli("status", "--json").out().contains("\"offlineDamaged\":true"));
			ProductProcess.Result recover = cli("recover");
			assertEquals(0, recover.exitCode(), recover.toString());
			sync = cli("sync");
		}

		assertEquals(0, sync.exitCode(), sync.toString());
		assertEquals(3, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Issue 18 claim'"), "main is missing nothing");
	}
}
