package pau.ui.offline.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.tools.Server;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import pau.model.Procedure;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.store.DemoData;
import pau.sync.OfflineService;

/**
 * A main database on a real H2 TCP server with demo data (6 procedures); the running product is
 * pointed at it, and put back as it was (main mode, previous settings) afterwards.
 */
final class MainDatabase implements AutoCloseable {

	final ActiveDatabase active = service(ActiveDatabase.class);
	final OfflineService offline = service(OfflineService.class);
	final Path dir;
	final DatabaseSettings settings;
	private final DatabaseSettings previous;
	private Server server;
	private final int port;

	MainDatabase() throws Exception {
		if (offline.state().isOffline()) {
			offline.discard();
		}
		dir = Files.createTempDirectory("pau-ui-main");
		server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
		port = server.getPort();
		settings = new DatabaseSettings("jdbc:h2:tcp://localhost:" + port + "/main", "sa", "");
		previous = active.mainSettings();
		service(pau.store.StoreFactory.class).createMain(settings).close(); // only created databases are opened
		active.setMainSettings(settings);
		try (Connection c = active.main().dataSource().getConnection()) {
			DemoData.generate(c, new DemoData.Options(6, 1, 42), null);
		}
	}

	/** The procedures of main, in the order of the wizard's table (by case number). */
	List<Procedure> procedures() {
		return active.main().records().all(Procedure.class);
	}

	/** Stops the server (R5: the connection is lost). */
	void stop() {
		server.stop();
	}

	/** Starts the server again on the same port and directory. */
	void restart() throws SQLException {
		server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", dir.toString(), "-ifNotExists")
				.start();
	}

	/**
	 * B14: records in main, by plain SQL as the engine does when a colleague goes offline on another
	 * laptop, that {@code user} has the procedure offline since {@code since}.
	 */
	void checkedOutByColleague(UUID procedure, String user, String host, java.time.Instant since) throws SQLException {
		try (Connection c = active.main().dataSource().getConnection();
				PreparedStatement insert = c.prepareStatement("INSERT INTO OFFLINE_CHECKOUTS (ID, VERSION, PROCEDURE_ID, "
						+ "CHECKOUT_ID, USER_NAME, HOST, CHECKED_OUT_AT, RETURNED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, NULL)")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setObject(2, procedure);
			insert.setObject(3, UUID.randomUUID());
			insert.setString(4, user);
			insert.setString(5, host);
			insert.setTimestamp(6, java.sql.Timestamp.from(since));
			insert.executeUpdate();
			if (!c.getAutoCommit()) {
				c.commit();
			}
		}
	}

	/** Runs a statement by plain SQL on main (a colleague's edit). */
	int execMain(String sql, Object... parameters) throws SQLException {
		try (Connection c = active.main().dataSource().getConnection()) {
			return exec(c, sql, parameters);
		}
	}

	/** Runs a statement by plain SQL on the active (offline) database. */
	int execOffline(String sql, Object... parameters) throws SQLException {
		try (Connection c = active.current().dataSource().getConnection()) {
			return exec(c, sql, parameters);
		}
	}

	/** One value read by plain SQL from main. */
	Object valueInMain(String sql, Object... parameters) throws SQLException {
		try (Connection c = active.main().dataSource().getConnection();
				PreparedStatement select = c.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				select.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? rs.getObject(1) : null;
			}
		}
	}

	private static int exec(Connection c, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			int count = statement.executeUpdate();
			if (!c.getAutoCommit()) {
				c.commit();
			}
			return count;
		}
	}

	/** The court of a procedure, read by plain SQL from main. */
	String mainCourt(UUID procedure) throws SQLException {
		try (Connection c = active.main().dataSource().getConnection()) {
			return court(c, procedure);
		}
	}

	/** The court of a procedure, read by plain SQL from the active (offline) database. */
	String currentCourt(UUID procedure) throws SQLException {
		try (Connection c = active.current().dataSource().getConnection()) {
			return court(c, procedure);
		}
	}

	/** Edits a procedure's court by plain SQL in the active (offline) database. */
	void editCourtOffline(UUID procedure, String court) throws SQLException {
		try (Connection c = active.current().dataSource().getConnection();
				PreparedStatement update = c.prepareStatement("UPDATE PROCEDURES SET COURT = ? WHERE ID = ?")) {
			update.setString(1, court);
			update.setObject(2, procedure);
			if (update.executeUpdate() != 1) {
				throw new IllegalStateException("procedure not offline: " + procedure);
			}
			if (!c.getAutoCommit()) {
				c.commit();
			}
		}
	}

	private static String court(Connection c, UUID procedure) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT COURT FROM PROCEDURES WHERE ID = ?")) {
			select.setObject(1, procedure);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	@Override
	public void close() throws Exception {
		try {
			if (offline.state().isOffline()) {
				offline.discard();
			}
		} finally {
			active.setMainSettings(previous);
			server.stop();
			deleteTree(dir);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	static <T> T service(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(MainDatabase.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(10_000);
			if (service == null) {
				throw new IllegalStateException("no service " + type.getName());
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
