package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's runtime inside OSGi: every PAU bundle resolves, and H2 serves a database over TCP.
 */
class RuntimeTest {

	@Test
	void foundation_everyPauBundleResolves() {
		BundleContext context = FrameworkUtil.getBundle(RuntimeTest.class).getBundleContext();
		for (String name : new String[] { "pau.model", "pau.store", "pau.sync", "pau.app", "pau.ui.offline", "pau.cli" }) {
			Bundle bundle = find(context, name);
			assertNotNull(bundle, name + " is installed");
			assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
					name + " resolves, state " + bundle.getState());
		}
		Bundle scr = find(context, "org.apache.felix.scr");
		assertNotNull(scr, "the Declarative Services runtime is installed");
	}

	@Test
	void foundation_h2TcpServerServesADatabase(@TempDir Path dir) throws Exception {
		Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
		try {
			JdbcDataSource source = new JdbcDataSource();
			source.setURL("jdbc:h2:tcp://localhost:" + server.getPort() + "/foundation");
			source.setUser("sa");
			try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE PING (ID INT PRIMARY KEY, NAME VARCHAR(50))");
				statement.execute("INSERT INTO PING VALUES (1, 'ООО Ромашка')");
				try (ResultSet rows = statement.executeQuery("SELECT NAME FROM PING WHERE ID = 1")) {
					assertTrue(rows.next());
					assertEquals("ООО Ромашка", rows.getString(1));
				}
			}
		} finally {
			server.stop();
		}
		assertTrue(Files.exists(dir.resolve("foundation.mv.db")), "the database file lies in the server's base directory");
	}

	private static Bundle find(BundleContext context, String symbolicName) {
		for (Bundle bundle : context.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		return null;
	}
}
