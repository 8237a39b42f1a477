package pau.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.tools.Server;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import pau.store.DatabaseSettings;

/**
 * Real databases for tests: an H2 TCP server in a temporary directory, and OSGi services.
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/** Starts an H2 TCP server on a free port, serving databases from the directory. */
	static Server startServer(Path baseDir) throws SQLException {
		return Server.createTcpServer("-tcpPort", "0", "-baseDir", baseDir.toString(), "-ifNotExists").start();
	}

	static DatabaseSettings tcp(Server server, String name) {
		return new DatabaseSettings("jdbc:h2:tcp://localhost:" + server.getPort() + "/" + name, "sa", "");
	}

	/** The OSGi service of the type (waits up to 10 s for it). */
	public static <S> S service(Class<S> type) {
		// The context of the bundle that defines the service: active, whichever test bundle asks.
		BundleContext context = FrameworkUtil.getBundle(type).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(10_000);
			if (service == null) {
				throw new AssertionError("service " + type.getName() + " is not registered");
			}
			return service;
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
	}

	static long count(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}
}
