package pau.sync.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.h2.tools.Server;

import pau.model.Claim;
import pau.model.ClaimQueue;
import pau.model.Creditor;
import pau.model.Direction;
import pau.model.Document;
import pau.model.Enterprise;
import pau.model.Meeting;
import pau.model.Procedure;
import pau.model.ProcedureType;
import pau.model.RecordStore;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.store.tests.TestDatabases;
import pau.sync.OfflineService;
import pau.sync.internal.FaultInjection;

/**
 * A main database on a real H2 TCP server, with one debtor and its procedure (claims, a meeting, a
 * document and a letter) and two creditors; the offline service of the running framework points at it.
 */
final class SyncFixture implements AutoCloseable {

	final Path dir;
	final Server server;
	final DatabaseSettings mainSettings;
	final ActiveDatabase active = TestDatabases.service(ActiveDatabase.class);
	final OfflineService offline = TestDatabases.service(OfflineService.class);
	private final DatabaseSettings previous;

	UUID enterprise;
	UUID procedure;
	UUID creditor1;
	UUID creditor2;
	UUID claim1;
	UUID claim2;
	UUID meeting;
	UUID document;
	UUID letter;
	/** A second procedure of another debtor, left in main. */
	UUID otherProcedure;

	SyncFixture(Path dir) throws Exception {
		this(dir, Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.resolve("server").toString(), "-ifNotExists").start(),
				null);
	}

	/** A fixture on another main database (PostgreSQL), without an H2 server. */
	SyncFixture(Path dir, DatabaseSettings main) throws Exception {
		this(dir, null, main);
	}

	private SyncFixture(Path dir, Server server, DatabaseSettings main) throws Exception {
		this.dir = dir;
		this.server = server;
		mainSettings = server != null
				? new DatabaseSettings("jdbc:h2:tcp://localhost:" + server.getPort() + "/main", "sa", "")
				: main;
		previous = active.mainSettings();
		TestDatabases.service(pau.store.StoreFactory.class).createMain(mainSettings).close();
		active.setMainSettings(mainSettings);
		fill(active.main().records());
	}

	private void fill(RecordStore records) {
		Enterprise e = new Enterprise();
		e.setName("ООО «Ромашка»");
		e.setInn("7707083893");
		e.setAddress("г. Москва");
		enterprise = records.save(e).getId();
		Procedure p = new Procedure();
		p.setEnterprise(e);
		p.setType(ProcedureType.BANKRUPTCY_PROCEEDINGS);
		p.setCaseNumber("А40-100/2024");
		p.setCourt("Арбитражный суд города Москвы");
		p.setStartDate(LocalDate.of(2024, 2, 1));
		p = records.save(p);
		procedure = p.getId();
		Creditor k1 = new Creditor();
		k1.setName("ПАО «Банк»");
		creditor1 = records.save(k1).getId();
		Creditor k2 = new Creditor();
		k2.setName("УФНС России по г. Москве");
		creditor2 = records.save(k2).getId();
		claim1 = records.save(claim(p, k1, "100000.00", "Кредитный договор № 1")).getId();
		claim2 = records.save(claim(p, k2, "5000.00", "Налоги за 2023 год")).getId();
		Meeting m = new Meeting();
		m.setProcedure(p);
		m.setHeldAt(LocalDateTime.of(2024, 5, 14, 11, 0));
		m.setPlace("г. Москва, ул. Тверская, д. 1");
		m.setAgenda("Отчёт конкурсного управляющего");
		meeting = records.save(m).getId();
		Document d = new Document();
		d.setProcedure(p);
		d.setFileName("Отчёт.txt");
		d.setMediaType("text/plain");
		document = records.documents().attach(d, new java.io.ByteArrayInputStream("отчёт".getBytes())).getId();
		pau.model.Correspondence l = new pau.model.Correspondence();
		l.setProcedure(p);
		l.setDirection(Direction.OUT);
		l.setSubject("Уведомление");
		l.setDocument(d);
		letter = records.save(l).getId();
		Enterprise other = new Enterprise();
		other.setName("АО «Вектор»");
		other = records.save(other);
		Procedure p2 = new Procedure();
		p2.setEnterprise(other);
		p2.setType(ProcedureType.OBSERVATION);
		p2.setCaseNumber("А40-200/2024");
		otherProcedure = records.save(p2).getId();
	}

	static Claim claim(Procedure procedure, Creditor creditor, String amount, String basis) {
		Claim claim = new Claim();
		claim.setProcedure(procedure);
		claim.setCreditor(creditor);
		claim.setAmount(new BigDecimal(amount));
		claim.setQueue(ClaimQueue.THIRD);
		claim.setBasis(basis);
		return claim;
	}

	void goOffline() {
		offline.goOffline(List.of(procedure), new NullProgressMonitor());
	}

	DataSource mainDb() {
		return active.main().dataSource();
	}

	DataSource offlineDb() {
		return active.current().dataSource();
	}

	/** Runs plain SQL: changes made by "another client", not through the program. */
	static int exec(DataSource db, String sql, Object... parameters) throws SQLException {
		try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			return statement.executeUpdate();
		}
	}

	static Object value(DataSource db, String sql, Object... parameters) throws SQLException {
		List<Object> values = column(db, sql, parameters);
		return values.isEmpty() ? null : values.get(0);
	}

	static List<Object> column(DataSource db, String sql, Object... parameters) throws SQLException {
		try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			List<Object> values = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getObject(1));
				}
			}
			return values;
		}
	}

	/** A fingerprint of all rows of the public tables, to prove "unchanged". */
	static String dump(DataSource db) throws SQLException {
		StringBuilder text = new StringBuilder();
		for (String table : List.of("ENTERPRISES", "PROCEDURES", "CREDITORS", "CLAIMS", "MEETINGS", "DOCUMENTS",
				"CORRESPONDENCE")) {
			try (Connection connection = db.getConnection(); PreparedStatement statement = connection
					.prepareStatement("SELECT * FROM " + table + " ORDER BY ID"); ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					text.append(table);
					for (int c = 1; c <= columns; c++) {
						Object value = rs.getObject(c);
						// content (an H2 BLOB, a PostgreSQL BYTEA) stands in by its hash
						text.append('|').append(value instanceof java.sql.Blob || value instanceof byte[] ? rs.getString("SHA256") : value);
					}
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

	@Override
	public void close() {
		FaultInjection.disarm();
		if (offline.state().isOffline()) {
			offline.discard();
		}
		active.setMainSettings(previous);
		if (server != null) {
			server.stop();
		}
	}
}
