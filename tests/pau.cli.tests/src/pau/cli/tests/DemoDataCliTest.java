package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B10: the built product's {@code pau-cli} as a process, against a main database served by its
 * {@code pau-server}.
 */
class DemoDataCliTest {

	@TempDir
	Path dir;

	@Test
	void b10_noArgumentsPrintsUsageAndExits2WithoutADisplay() throws Exception {
		ProductProcess.Result result = ProductProcess.cli();
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("Usage: pau-cli"), result.toString());
		assertTrue(result.err().contains("demo-data --main URL"), result.toString());
	}

	@Test
	void b10_unknownCommandExits2() throws Exception {
		ProductProcess.Result result = ProductProcess.cli("frobnicate");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("unknown command 'frobnicate'"), result.toString());
	}

	@Test
	void b10_demoDataFillsASharedMainDatabaseServedByPauServer() throws Exception {
		int port = ProductProcess.freePort();
		Process server = ProductProcess.server(port, dir.resolve("server"));
		try {
			String url = "jdbc:h2:tcp://localhost:" + port + "/main";
			ProductProcess.Result result = ProductProcess.cli("demo-data", "--main", url, "--procedures", "6",
					"--documents-mb", "1", "--seed", "7", "--workspace", dir.resolve("ws").toString());
			assertEquals(0, result.exitCode(), result.toString());
			assertTrue(result.out().contains("Demo data: 6 procedures"), result.toString());

			JdbcDataSource client = Sql.main(url);
			assertEquals(6, Sql.count(client, "SELECT COUNT(*) FROM PROCEDURES"));
			assertTrue(Sql.count(client, "SELECT COUNT(*) FROM CLAIMS") >= 60, "10 to 200 claims per procedure");
			assertTrue(Sql.count(client, "SELECT COUNT(*) FROM DOCUMENTS") >= 6);
			assertEquals(1, Sql.count(client, "SELECT COUNT(*) FROM SCHEMA_INFO"));
			assertEquals(6, Sql.count(client, "SELECT COUNT(*) FROM PROCEDURES WHERE CASE_NUMBER LIKE 'А%-%/%'"));
		} finally {
			ProductProcess.stop(server);
		}
	}

	@Test
	void b10_demoDataBadArgumentsExit2AndUnreachableMainExits3() throws Exception {
		ProductProcess.Result missing = ProductProcess.cli("demo-data");
		assertEquals(2, missing.exitCode(), missing.toString());
		assertTrue(missing.err().contains("--main is required"), missing.toString());
		ProductProcess.Result badUrl = ProductProcess.cli("demo-data", "--main", "mysql://x");
		assertEquals(2, badUrl.exitCode(), badUrl.toString());
		ProductProcess.Result badNumber = ProductProcess.cli("demo-data", "--main", "jdbc:h2:mem:x", "--procedures", "many");
		assertEquals(2, badNumber.exitCode(), badNumber.toString());
		int port = ProductProcess.freePort();
		ProductProcess.Result unreachable = ProductProcess.cli("demo-data", "--main",
				"jdbc:h2:tcp://localhost:" + port + "/nowhere");
		assertEquals(3, unreachable.exitCode(), unreachable.toString());
		assertTrue(unreachable.err().startsWith("pau-cli: Cannot connect"), unreachable.toString());
		assertEquals(1, unreachable.err().strip().lines().count(), "one clear line: " + unreachable.err());
	}
}
