package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20, {@code pau-cli refresh}: the office's changes arrive in the offline copy in use, offline
 * work stays for the next sync (a value changed on both sides stays offline's until M1 decides), and a
 * kill before the copy's commit leaves the copy whole and as it was. Built product, plain SQL, on an H2
 * server and on PostgreSQL.
 */
class RefreshCliTest {

	private static final String KEY = "refresh-key";

	@TempDir
	Path dir;

	private Map<String, String> environment(String javaOptions) {
		return javaOptions == null ? Map.of("PAU_OFFLINE_KEY", KEY) : Map.of("PAU_OFFLINE_KEY", KEY, "PAU_JAVA_OPTS", javaOptions);
	}

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return ProductProcess.cliIn(dir.resolve("workspace"), environment(null), arguments);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { TestMain.H2, TestMain.POSTGRES })
	void refresh_officesChangesArriveOfflineWorkStaysAndAKillChangesNothing(String kind) throws Exception {
		try (TestMain db = TestMain.start(kind, dir)) {
			DataSource main = db.sql;
			assertEquals(0, cli(db.with("demo-data", "--procedures", "2", "--seed", "23")).exitCode());
			assertEquals(4, cli("refresh").exitCode(), "not offline");
			String caseNumber = Sql.text(main, "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER LIMIT 1");
			String procedure = Sql.text(main, "SELECT ID FROM PROCEDURES WHERE CASE_NUMBER = '" + caseNumber + "'");
			assertEquals(0, cli(db.with("go-offline", "--case", caseNumber)).exitCode());
			String status = cli("status", "--json").out();
			JdbcDataSource copy = Sql.offlineOf(status, KEY);
			String claims = "SELECT ID FROM CLAIMS WHERE PROCEDURE_ID = '" + procedure + "' ORDER BY ID";
			String gone = Sql.column(main, claims).get(0);

			Sql.exec(copy, "UPDATE PROCEDURES SET COURT = 'Суд офлайн' WHERE ID = '" + procedure + "'");
			Sql.exec(main, "UPDATE PROCEDURES SET COURT = 'Суд основной', START_DATE = DATE '2020-02-03' WHERE ID = '" + procedure + "'");
			Sql.addClaim(main, procedure, "Коллега", 777);
			Sql.exec(main, "DELETE FROM CLAIMS WHERE ID = '" + gone + "'");

			// Killed before the copy's commit: the copy is whole and as it was.
			Path paused = dir.resolve("paused");
			Process killed = ProductProcess.startCli(environment("-Dpau.faultInjection.pause=REFRESH_BEFORE_COMMIT "
					+ "-Dpau.faultInjection.signal=" + paused), "refresh", "--workspace", dir.resolve("workspace").toString());
			assertTrue(Desk.poll(TimeUnit.MINUTES.toMillis(3), () -> Files.exists(paused) || !killed.isAlive()),
					"the refresh reached its pause");
			assertTrue(killed.isAlive(), "paused, not ended");
			killed.destroyForcibly().waitFor();
			String after = cli("status", "--json").out();
			assertTrue(after.contains("\"offlineDamaged\":false"), after);
			assertEquals(0, Sql.count(copy, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Коллега'"), "nothing of the killed refresh");

			ProductProcess.Result refresh = cli("refresh");
			assertEquals(0, refresh.exitCode(), refresh.toString());
			assertTrue(refresh.out().contains("records that arrived from the main database: 1; records changed there: 1; "
					+ "records deleted there: 1"), refresh.out());
			assertEquals(1, Sql.count(copy, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Коллега'"), "the colleague's claim arrived");
			assertEquals(0, Sql.count(copy, "SELECT COUNT(*) FROM CLAIMS WHERE ID = '" + gone + "'"), "main's deletion arrived");
			assertEquals("2020-02-03", Sql.text(copy, "SELECT START_DATE FROM PROCEDURES WHERE ID = '" + procedure + "'"),
					"a value changed only in main arrives, also in a record changed offline");
			assertEquals("Суд офлайн", Sql.text(copy, "SELECT COURT FROM PROCEDURES WHERE ID = '" + procedure + "'"),
					"offline work wins nothing silently and loses nothing: it waits for the sync");
			assertEquals(Sql.field(status, "offlineUrl"), Sql.field(cli("status", "--json").out(), "offlineUrl"), "the same copy");

			ProductProcess.Result sync = cli("sync");
			assertEquals(0, sync.exitCode(), sync.toString());
			assertEquals("Суд основной", Sql.text(main, "SELECT COURT FROM PROCEDURES WHERE ID = '" + procedure + "'"),
					"M1 at the sync: both changed the court, main's value kept (and reported)");
			assertEquals(1, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = 'Коллега'"), "nothing merged twice");
			assertEquals(0, Sql.count(main, "SELECT COUNT(*) FROM CLAIMS WHERE ID = '" + gone + "'"), "nothing brought back");
		}
		ProductProcess.Result unreachable = cli("refresh");
		assertEquals(4, unreachable.exitCode(), "in main mode after the sync: " + unreachable);
	}

}
