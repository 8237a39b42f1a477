package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.Claim;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.store.DatabaseSettings;
import pau.store.DemoData;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Issue 21: a large office's list, and a procedure's records, come from a remote H2 main in a handful of requests. H2's server sends 100 rows
 * a request unless asked for more: over an office VPN, 20,000 procedures and their debtors were 360 round trips
 * (14 s at 40 ms) before the procedures view or the go-offline wizard showed anything. The requests are counted by
 * a relay in front of the H2 TCP server: each chunk towards the server is a request its client waits for.
 */
class ListsOverNetworkTest {

	private static final int PROCEDURES = 1_200;

	@TempDir
	Path dir;

	@Test
	void issue21_aLargeListComesInAFewRequests() throws Exception {
		Server server = TestDatabases.startServer(dir);
		StoreFactory factory = TestDatabases.service(StoreFactory.class);
		try (TestRelay relay = TestRelay.start(server.getPort())) {
			long procedures;
			try (Store filled = factory.createMain(TestDatabases.tcp(server, "main"));
					Connection connection = filled.dataSource().getConnection()) {
				DemoData.generate(connection, new DemoData.Options(PROCEDURES, 0, 1L), null);
				procedures = TestDatabases.count(connection, "SELECT COUNT(*) FROM PROCEDURES");
			}
			try (Store main = factory.openMain(
					new DatabaseSettings("jdbc:h2:tcp://localhost:" + relay.port() + "/main", "sa", ""))) {
				main.records().all(Enterprise.class); // EclipseLink logs in and reads the debtors once
				long before = relay.requests();
				List<Procedure> listed = main.records().all(Procedure.class);
				long list = relay.requests() - before;
				assertEquals(procedures, listed.size(), "procedures listed");
				// A connection of its own, the query prepared and run, closed: 10 requests; at 100 rows a request (H2's
				// default, as before) the same list took 21.
				assertTrue(list <= 12, "requests for " + listed.size() + " procedures: " + list);
				// A procedure's claims, their creditors and their procedure come in several queries; they share one
				// connection (EclipseLink's exclusive connection): 14 requests, 30 with a connection for each query.
				before = relay.requests();
				List<Claim> claims = main.records().ofProcedure(Claim.class, listed.get(0).getId());
				long read = relay.requests() - before;
				assertTrue(!claims.isEmpty(), "the procedure's claims");
				assertTrue(read <= 16, "requests for the " + claims.size() + " claims of a procedure: " + read);
			}
		} finally {
			server.stop();
		}
	}
}
