package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B10, issue 9 item 7: every fault ends with one clear line on standard error and a non-zero exit,
 * and nothing half-done. Real faults on the built product: a killed server, a full file system (a
 * small tmpfs mounted by the test), a small Java heap, a mistyped URL, a failure after the commit.
 */
class FaultsCliTest {

	private static final String KEY = "faults-key";

	@TempDir
	Path dir;

	private ProductProcess.Result cli(Map<String, String> environment, Path workspace, String... arguments) throws Exception {
		Map<String, String> env = new HashMap<>(environment);
		env.put("PAU_OFFLINE_KEY", KEY);
		return ProductProcess.cliIn(workspace, env, arguments);
	}

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return cli(Map.of(), dir.resolve("workspace"), arguments);
	}

	/** A tmpfs of the given size mounted for one test (needs root; the test is skipped without). */
	private record SmallDisk(Path directory) implements AutoCloseable {

		static SmallDisk mount(Path directory, String size) throws Exception {
			Files.createDirectories(directory);
			Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", directory.toString())
					.redirectErrorStream(true).start();
			assumeTrue(mount.waitFor() == 0, "mounting a small tmpfs needs root: "
					+ new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			return new SmallDisk(directory);
		}

		@Override
		public void close() throws Exception {
			new ProcessBuilder("umount", "-l", directory.toString()).start().waitFor();
		}
	}

	/** Rows of every table of main, a fingerprint to see that nothing changed. */
	private static String fingerprint(JdbcDataSource main) throws Exception {
		StringBuilder text = new StringBuilder();
		for (String table : List.of("ENTERPRISES", "PROCEDURES", "CREDITORS", "CLAIMS", "MEETINGS", "CORRESPONDENCE",
				"DOCUMENTS", "OFFLINE_CHECKOUTS")) {
			text.append(table).append('=').append(Sql.count(main, "SELECT COUNT(*) FROM " + table)).append(',')
					.append(Sql.count(main, "SELECT COALESCE(SUM(VERSION), 0) FROM " + table)).append(' ');
		}
		return text.toString();
	}

	/** The error lines (progress lines go to standard error too): exactly one, and no stack trace. */
	private static String theErrorLine(ProductProcess.Result result) {
		List<String> lines = result.err().lines().toList();
		assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")), "no stack trace: " + result);
		List<String> errors = lines.stream().filter(l -> l.startsWith("pau-cli:")).toList();
		assertEquals(1, errors.size(), "one clear line: " + result);
		String line = errors.get(0);
		assertFalse(line.matches(".*\\[\\d{5}-\\d+\\].*"), "no H2 error numbers: " + line);
		return line;
	}

	private static boolean noCopyLeft(Path workspace) throws Exception {
		Path copies = workspace.resolve("offline");
		if (!Files.isDirectory(copies)) {
			return true;
		}
		try (Stream<Path> children = Files.list(copies)) {
			return children.findAny().isEmpty();
		}
	}

	@Test
	void b10_serverDiesMidSyncExits3WithWordsAndTheNextRunMerges() throws Exception {
		int port = ProductProcess.freePort();
		Path base = dir.resolve("server");
		Process server = ProductProcess.server(port, base);
		String url = "jdbc:h2:tcp://localhost:" + port + "/main";
		JdbcDataSource main = Sql.main(url);
		try {
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2", "--documents-mb", "1").exitCode());
			assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());
			JdbcDataSource offline = Sql.offlineOf(cli("status", "--json").out(), KEY);
			// Enough offline work that the synchronization is still writing when the server dies.
			Sql.exec(offline, "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
					+ "SELECT RANDOM_UUID(), 1, (SELECT MIN(PROCEDURE_ID) FROM CLAIMS), (SELECT MIN(CREDITOR_ID) FROM CLAIMS), "
					+ "X, 'THIRD', 'FILED' FROM SYSTEM_RANGE(1, 20000)");
			long claimsBefore = Sql.count(main, "SELECT COUNT(*) FROM CLAIMS");

			Process sync = ProductProcess.startCli(Map.of("PAU_OFFLINE_KEY", KEY), "sync", "--workspace",
					dir.resolve("workspace").toString());
			List<String> err = new ArrayList<>();
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(sync.getErrorStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					err.add(line);
					if (line.startsWith("Comparing the offline work")) {
						server.destroyForcibly().waitFor(); // SIGKILL: the server dies mid-sync
					}
				}
			}
			assertTrue(sync.waitFor(2, TimeUnit.MINUTES));
			ProductProcess.Result died = new ProductProcess.Result(sync.exitValue(), "", String.join("\n", err) + "\n");
			assertFalse(server.isAlive(), "the server was killed during the synchronization: " + died);
			assertEquals(3, died.exitCode(), died.toString());
			String line = theErrorLine(died);
			assertTrue(line.contains("cannot be reached") && line.contains("run the synchronization again"), line);
			assertFalse(line.contains("already closed"), line);

			server = ProductProcess.server(port, base);
			assertEquals(claimsBefore, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS"), "B3: main unchanged");
			ProductProcess.Result again = cli("sync");
			assertEquals(0, again.exitCode(), again.toString());
			assertEquals(claimsBefore + 20000, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS"), "merged exactly once");
		} finally {
			ProductProcess.stop(server);
		}
	}

	/** Main on the H2 server at the port, with 2 demo procedures and documents of that size; its URL. */
	private String demoMain(int port, int documentsMb, int seed) throws Exception {
		String url = "jdbc:h2:tcp://localhost:" + port + "/main";
		assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2", "--documents-mb", String.valueOf(documentsMb), "--seed",
				String.valueOf(seed)).exitCode());
		return url;
	}

	@Test
	void b10_diskFullDuringGoOfflineIsOneLineNoLeftoverCopyAndMainUnchanged() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), "8m")) {
			Path small = disk.directory();
			String url = demoMain(port, 30, 1);
			JdbcDataSource main = Sql.main(url);
			String before = fingerprint(main);
			Path workspace = small.resolve("workspace");

			ProductProcess.Result full = cli(Map.of(), workspace, "go-offline", "--main", url, "--all");

			assertNotEquals(0, full.exitCode(), full.toString());
			assertTrue(theErrorLine(full).contains("the disk is full"), full.toString());
			assertTrue(noCopyLeft(workspace), "the half-written copy is removed");
			assertEquals(before, fingerprint(main), "main untouched (no checkout recorded)");
			assertTrue(cli(Map.of(), workspace, "status", "--json").out().contains("\"mode\":\"main\""));
		} finally {
			ProductProcess.stop(server);
		}
	}

	/** Where the disk fills up during a sync (issue 18: at each step of it). */
	private enum FullAt {
		/** Not a byte free before the sync starts. */
		BEFORE_THE_BACKUP,
		/** 1 MB free: the backup before the sync (a copy of the whole file) cannot be written. */
		DURING_THE_BACKUP,
		/** The sync pauses after main's commit and the disk fills up then: the local finish runs on a full disk. */
		AFTER_MAINS_COMMIT
	}

	@Test
	void b17_diskFullBeforeTheBackupOfASync_oneLineNoPartFilesAndTheNextSyncFinishes() throws Exception {
		diskFullDuringSync(FullAt.BEFORE_THE_BACKUP);
	}

	@Test
	void b17_diskFullDuringTheBackupOfASync_oneLineNoPartFilesAndTheNextSyncFinishes() throws Exception {
		diskFullDuringSync(FullAt.DURING_THE_BACKUP);
	}

	@Test
	void b17_diskFullAfterMainsCommit_oneLineNoPartFilesAndTheNextSyncFinishes() throws Exception {
		diskFullDuringSync(FullAt.AFTER_MAINS_COMMIT);
	}

	/**
	 * A claim added offline, then the disk full at the given step of {@code pau-cli sync}: the sync either
	 * finishes or says so in one line (exit 1) naming the disk, leaves no half-written backup, and once there is
	 * room again the next sync finishes; the claim reaches main exactly once.
	 */
	private void diskFullDuringSync(FullAt when) throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try (SmallDisk disk = SmallDisk.mount(dir.resolve("small-sync"), "48m")) {
			Path small = disk.directory();
			String url = demoMain(port, 8, 4);
			JdbcDataSource main = Sql.main(url);
			Path workspace = small.resolve("workspace");
			assertEquals(0, cli(Map.of(), workspace, "go-offline", "--main", url, "--all").exitCode());
			String json = cli(Map.of(), workspace, "status", "--json").out();
			JdbcDataSource offline = Sql.offlineOf(json, KEY);
			String procedure = Sql.column(offline, "SELECT ID FROM PROCEDURES ORDER BY ID").get(0);
			String creditor = Sql.column(offline, "SELECT CREDITOR_ID FROM CLAIMS ORDER BY ID").get(0);
			Sql.exec(offline, "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, STATUS) VALUES ('"
					+ java.util.UUID.randomUUID() + "', 1, '" + procedure + "', '" + creditor + "', 7, 'THIRD', 'Full disk claim', 'FILED')");
			Path filler = small.resolve("filler");
			Path paused = dir.resolve("paused-after-commit");
			Map<String, String> environment = Map.of();
			if (when == FullAt.AFTER_MAINS_COMMIT) {
				environment = Map.of("PAU_JAVA_OPTS",
						"-Dpau.faultInjection.pause=AFTER_COMMIT -Dpau.faultInjection.signal=" + paused);
			} else {
				fill(filler, when == FullAt.BEFORE_THE_BACKUP ? 0 : 1024 * 1024);
			}
			Map<String, String> syncEnvironment = environment;
			CompletableFuture<ProductProcess.Result> running = CompletableFuture.supplyAsync(() -> {
				try {
					return cli(syncEnvironment, workspace, "sync");
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			if (when == FullAt.AFTER_MAINS_COMMIT) {
				// The engine's pause writes the signal file; the condition ends as soon as it is there.
				Desk.poll(TimeUnit.MINUTES.toMillis(3), () -> Files.exists(paused) || running.isDone());
				assertTrue(Files.exists(paused), "the sync paused after main's commit");
				assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Full disk claim'"), "main committed");
				fill(filler, 0);
				Files.delete(paused);
			}
			ProductProcess.Result sync = running.get(5, TimeUnit.MINUTES);

			if (sync.exitCode() != 0) {
				assertEquals(1, sync.exitCode(), sync.toString());
				assertTrue(theErrorLine(sync).contains("disk"), sync.toString());
			}
			assertTrue(sync.err().lines().noneMatch(l -> l.startsWith("\tat ")), "no stack trace: " + sync);
			try (Stream<Path> files = Files.walk(small)) {
				assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written backup left");
			}
			Files.delete(filler);
			if (sync.exitCode() != 0) {
				ProductProcess.Result rerun = cli(Map.of(), workspace, "sync");
				assertEquals(0, rerun.exitCode(), "the next sync finishes: " + rerun);
			}
			assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Full disk claim'"), "merged exactly once");
			assertTrue(cli(Map.of(), workspace, "status", "--json").out().contains("\"mode\":\"main\""));
			assertTrue(noCopyLeft(workspace));
		} finally {
			ProductProcess.stop(server);
		}
	}

	/** Fills the file system of {@code filler} until {@code keepBytes} are left free (0: until it refuses a byte). */
	private static void fill(Path filler, long keepBytes) throws IOException {
		try (var out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
			byte[] block = new byte[64 * 1024];
			while (Files.getFileStore(filler).getUsableSpace() - block.length >= keepBytes) {
				out.write(block);
				out.flush();
			}
			if (keepBytes == 0) {
				byte[] small = new byte[512];
				while (true) {
					out.write(small);
					out.flush();
				}
			}
		} catch (IOException full) {
			if (keepBytes != 0 || Files.getFileStore(filler).getUsableSpace() > 64 * 1024) {
				throw full;
			}
		}
	}

	@Test
	void b10_outOfMemoryExitsNonZeroWithOneLine() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			// Documents are streamed (1 GB goes offline in -Xmx128m, docs/performance.md): going offline needs
			// about 40 MB of heap whatever their size, so a 32 MB heap runs out in the middle of the copy.
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "3", "--documents-mb", "30", "--seed", "1").exitCode());
			String before = fingerprint(Sql.main(url));

			ProductProcess.Result oom = cli(Map.of("PAU_JAVA_OPTS", "-Xmx32m"), dir.resolve("workspace"), "go-offline", "--main",
					url, "--all");

			assertNotEquals(0, oom.exitCode(), "never exit 0 when memory ran out: " + oom);
			assertTrue(theErrorLine(oom).contains("memory"), oom.toString());
			assertTrue(noCopyLeft(dir.resolve("workspace")), "nothing half-done");
			assertEquals(before, fingerprint(Sql.main(url)));
		} finally {
			ProductProcess.stop(server);
		}
	}

	@Test
	void b10_mainUrlThatNamesNoDatabaseExits3AndCreatesNone_initMainCreatesOne() throws Exception {
		int port = ProductProcess.freePort();
		Path base = dir.resolve("server");
		Process server = ProductProcess.server(port, base);
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "1").exitCode());

			ProductProcess.Result typo = cli("go-offline", "--main", url.replace("/main", "/mian"), "--all");
			assertEquals(3, typo.exitCode(), typo.toString());
			assertTrue(theErrorLine(typo).contains("there is no database of that name"), typo.toString());
			assertFalse(Files.exists(base.resolve("mian.mv.db")), "no new empty database over TCP");
			ProductProcess.Result file = cli("go-offline", "--main", "jdbc:h2:file:" + dir.resolve("nothing"), "--all");
			assertEquals(3, file.exitCode(), file.toString());
			assertFalse(Files.exists(dir.resolve("nothing.mv.db")), "no new empty database file");
			String status = cli("status", "--json").out();
			assertFalse(status.contains("mian") || status.contains("nothing"), "the workspace keeps its main database: " + status);

			String fresh = "jdbc:h2:tcp://localhost:" + port + "/fresh";
			ProductProcess.Result created = cli("init-main", "--main", fresh);
			assertEquals(0, created.exitCode(), created.toString());
			assertTrue(created.out().contains("Main database created"), created.toString());
			assertTrue(Files.exists(base.resolve("fresh.mv.db")));
			assertEquals(1, Sql.count(Sql.main(fresh), "SELECT COUNT(*) FROM SCHEMA_INFO"));
			ProductProcess.Result again = cli("init-main", "--main", fresh);
			assertEquals(0, again.exitCode(), again.toString());
			assertTrue(again.out().contains("already a PAU Desk main database"), again.toString());
			assertTrue(ProductProcess.cli("help").out().contains("init-main --main URL"));
		} finally {
			ProductProcess.stop(server);
		}
	}

	@Test
	void b10_failureAfterTheCommitSaysMergedAndARerunFinishes() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			JdbcDataSource main = Sql.main(url);
			assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2").exitCode());
			assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());
			JdbcDataSource offline = Sql.offlineOf(cli("status", "--json").out(), KEY);
			Sql.exec(offline, "UPDATE MEETINGS SET RESULT = 'Принято офлайн'");

			ProductProcess.Result failed = cli(Map.of("PAU_JAVA_OPTS", "-Dpau.test.fault=AFTER_COMMIT"), dir.resolve("workspace"),
					"sync");

			assertEquals(1, failed.exitCode(), failed.toString());
			String line = theErrorLine(failed);
			assertTrue(line.contains("merged into the main database; run sync again to finish the local part"), line);
			assertFalse(line.contains("unchanged"), line);
			assertTrue(Sql.count(main, "SELECT COUNT(*) FROM MEETINGS WHERE RESULT = 'Принято офлайн'") > 0, "main is merged");
			String merged = fingerprint(main);
			assertTrue(cli("status", "--json").out().contains("\"mode\":\"offline\""), "the local part is not done yet");

			ProductProcess.Result rerun = cli("sync");
			assertEquals(0, rerun.exitCode(), rerun.toString());
			assertTrue(cli("status", "--json").out().contains("\"mode\":\"main\""));
			assertEquals(merged, fingerprint(main), "M6: nothing merged twice");
			assertTrue(noCopyLeft(dir.resolve("workspace")));
		} finally {
			ProductProcess.stop(server);
		}
	}

	@Test
	void b10_pauJavaOptsWinOverTheLaunchersDefaults() throws Exception {
		ProductProcess.Result help = ProductProcess.cli(Map.of("PAU_JAVA_OPTS", "-Xmx77m -XshowSettings:vm"), "help");
		assertEquals(0, help.exitCode(), help.toString());
		assertTrue(help.err().contains("Max. Heap Size: 77.00M"), "the user's -Xmx wins over -Xmx1g: " + help);
	}

	@Test
	void b10_pauServerOnAPortInUseSaysSoInOneLine() throws Exception {
		Path base = Files.createDirectories(dir.resolve("server-busy"));
		try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
			ProductProcess.Result busy = ProductProcess.serverRefusal(Map.of("LANG", "C.UTF-8"), taken.getLocalPort(), base);
			assertEquals(1, busy.exitCode(), busy.toString());
			List<String> lines = busy.err().lines().toList();
			assertEquals(1, lines.size(), "one line, no stack trace: " + busy);
			assertTrue(lines.get(0).startsWith("pau-server: port " + taken.getLocalPort() + " is in use"), busy.toString());

			// Java takes its language from the system's locale; this machine has no Russian one installed.
			ProductProcess.Result russian = ProductProcess.serverRefusal(
					Map.of("PAU_JAVA_OPTS", "-Duser.language=ru -Duser.country=RU"), taken.getLocalPort(), base);
			assertEquals(1, russian.exitCode(), russian.toString());
			assertTrue(russian.err().contains("\u0437\u0430\u043d\u044f\u0442"), "Russian: " + russian); // "занят"
		}
	}

	@Test
	void b10_pauServerForTheOfficeCreatesNoDatabaseAndNeedsAPasswordNeverInArgv() throws Exception {
		int port = ProductProcess.freePort();
		Path base = Files.createDirectories(dir.resolve("office"));
		ProductProcess.Result refused = ProductProcess.serverRefusal(Map.of("PAU_SERVER_ALLOW_OTHERS", "1"), port, base);
		assertEquals(2, refused.exitCode(), refused.toString());
		assertTrue(refused.err().contains("needs a server password"), refused.toString());

		// On the server computer: the main database and its user's password, from a file.
		Path dbPassword = dir.resolve("db-password");
		Files.writeString(dbPassword, "db-secret-42\n");
		ProductProcess.Result created = cli("init-main", "--main", "jdbc:h2:file:" + base.resolve("main"), "--user", "pau",
				"--password-file", dbPassword.toString());
		assertEquals(0, created.exitCode(), created.toString());
		Path serverPassword = dir.resolve("server-password");
		String adminPassword = "srv \"secret\" \\ 7";
		Files.writeString(serverPassword, adminPassword + "\n");
		Process server = ProductProcess.server(port, base,
				Map.of("PAU_SERVER_ALLOW_OTHERS", "1", "PAU_SERVER_PASSWORD_FILE", serverPassword.toString()));
		try {
			String commandLine = Files.readString(Path.of("/proc/" + server.pid() + "/cmdline")).replace('\0', ' ');
			assertFalse(commandLine.contains("secret"), "no password in the process list: " + commandLine);
			assertFalse(commandLine.contains("ifNotExists"), commandLine);

			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			ProductProcess.Result other = cli("init-main", "--main", "jdbc:h2:tcp://localhost:" + port + "/other", "--user", "pau",
					"--password-file", dbPassword.toString());
			assertEquals(3, other.exitCode(), other.toString());
			assertFalse(Files.exists(base.resolve("other.mv.db")), "clients cannot create databases");
			ProductProcess.Result wrong = cli("go-offline", "--main", url, "--user", "pau", "--password", "guess", "--all");
			assertEquals(3, wrong.exitCode(), wrong.toString());
			assertTrue(theErrorLine(wrong).contains("the user name or the password is wrong"), wrong.toString());
			ProductProcess.Result filled = cli("demo-data", "--main", url, "--user", "pau", "--password-file", dbPassword.toString(),
					"--procedures", "1");
			assertEquals(0, filled.exitCode(), filled.toString());
			ProductProcess.Result offline = cli("go-offline", "--main", url, "--user", "pau", "--password-file",
					dbPassword.toString(), "--all");
			assertEquals(0, offline.exitCode(), offline.toString());
			ProductProcess.Result status = cli("status", "--json");
			assertTrue(status.out().contains("\"mainReachable\":true"),
					"the next command reads the password back from the secure storage: " + status);

			// The server password reached H2 intact (quotes, spaces, backslash): it shuts the server down.
			org.h2.tools.Server.shutdownTcpServer("tcp://localhost:" + port, adminPassword, false, false);
			assertTrue(server.waitFor(30, TimeUnit.SECONDS), "shut down with the server password");
		} finally {
			ProductProcess.stop(server);
		}
	}
}
