package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.tools.Server;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pau.model.Document;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.store.ContentStreams;
import pau.store.DatabaseSettings;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Issue 21: a document's content comes whole and in as few round trips as its size allows, from an embedded H2, an
 * H2 server and PostgreSQL: one request for a document up to a block, one per block beyond, and a remote H2's
 * largest documents streamed; an empty document is empty, a missing one or one without content is null.
 */
class ContentStreamsTest {

	private static final int BLOCK = ContentStreams.BLOCK;

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2-file", "h2-server", "postgres" })
	void issue21_contentComesWholeInOneRequestPerBlock(String kind) throws Exception {
		List<Long> sizes = List.of(0L, 1L, BLOCK - 1L, (long) BLOCK, BLOCK + 1L, 2L * BLOCK + 17);
		try (Database database = Database.open(kind, dir)) {
			for (long size : sizes) {
				check(database, size, kind.equals("h2-file") ? 1 : Math.max(1, (size + BLOCK - 1) / BLOCK));
			}
			if (kind.equals("h2-server")) {
				// Past the largest document read in blocks: streamed by the driver, 64 KB a request.
				check(database, ContentStreams.H2_BLOCKS_UP_TO + 1, 1);
			}
			Document empty = database.attach(0);
			try (Connection connection = database.store.dataSource().getConnection()) {
				connection.setAutoCommit(false);
				try (var update = connection.prepareStatement("UPDATE DOCUMENTS SET CONTENT = NULL WHERE ID = ?")) {
					update.setObject(1, empty.getId());
					update.executeUpdate();
				}
				assertNull(ContentStreams.open(connection, database.store.dialect(), empty.getId()), "no content");
				assertNull(ContentStreams.open(connection, database.store.dialect(), UUID.randomUUID()), "no document");
				connection.rollback();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2-file", "h2-server", "postgres" })
	void issue21_documentsInARowPrepareTheirQueriesOnce(String kind) throws Exception {
		try (Database database = Database.open(kind, dir)) {
			List<Document> documents = List.of(database.attach(10), database.attach(BLOCK + 5L), database.attach(3),
					database.attach(2L * BLOCK + 1), database.attach(0));
			AtomicInteger executed = new AtomicInteger();
			AtomicInteger prepared = new AtomicInteger();
			try (Connection connection = database.store.dataSource().getConnection()) {
				connection.setAutoCommit(false);
				try (ContentStreams.Reader reader = ContentStreams.reader(counting(connection, executed, prepared),
						database.store.dialect())) {
					for (Document document : documents) {
						try (InputStream content = reader.open(document.getId())) {
							readWhole(content, document);
						}
					}
				} finally {
					connection.rollback();
				}
			}
			boolean remote = !kind.equals("h2-file");
			// Over a network: the first block's query and the next blocks' query, each prepared once.
			assertEquals(remote ? 2 : 1, prepared.get(), "queries prepared for five documents");
			assertEquals(remote ? 1 + 2 + 1 + 3 + 1 : 5, executed.get(), "queries run for five documents");
		}
	}

	/** Reads the stream to its end and checks it is the document's content. */
	private static void readWhole(InputStream content, Document document) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		long read = 0;
		byte[] buffer = new byte[100_000];
		for (int n; (n = content.read(buffer)) >= 0;) {
			digest.update(buffer, 0, n);
			read += n;
		}
		assertEquals(document.getSizeBytes(), read, "bytes read of a document of " + document.getSizeBytes());
		assertArrayEquals(java.util.HexFormat.of().parseHex(document.getSha256()), digest.digest(),
				"content of a document of " + document.getSizeBytes());
	}

	/** Reads the document back in one transaction, counting the queries it took. */
	private static void check(Database database, long size, long queries) throws Exception {
		Document document = database.attach(size);
		AtomicInteger executed = new AtomicInteger();
		try (Connection connection = database.store.dataSource().getConnection()) {
			connection.setAutoCommit(false);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long read = 0;
			try (InputStream content = ContentStreams.open(counting(connection, executed), database.store.dialect(),
					document.getId())) {
				byte[] buffer = new byte[100_000];
				for (int n; (n = content.read(buffer)) >= 0;) {
					digest.update(buffer, 0, n);
					read += n;
				}
			} finally {
				connection.rollback();
			}
			assertEquals(size, read, "bytes read of a document of " + size);
			assertArrayEquals(java.util.HexFormat.of().parseHex(document.getSha256()), digest.digest(),
					"content of a document of " + size);
			assertEquals(queries, executed.get(), "queries to read a document of " + size);
		}
	}

	/** The connection, counting the queries its prepared statements execute. */
	private static Connection counting(Connection connection, AtomicInteger executed) {
		return counting(connection, executed, new AtomicInteger());
	}

	/** The connection, counting the statements it prepares and the queries they execute. */
	private static Connection counting(Connection connection, AtomicInteger executed, AtomicInteger prepared) {
		return (Connection) Proxy.newProxyInstance(ContentStreamsTest.class.getClassLoader(),
				new Class<?>[] { Connection.class }, forward(connection, (method, result) -> {
					if (result instanceof PreparedStatement statement) {
						prepared.incrementAndGet();
						return Proxy.newProxyInstance(ContentStreamsTest.class.getClassLoader(),
								new Class<?>[] { PreparedStatement.class }, forward(statement, (call, value) -> {
									if (call.getName().equals("executeQuery")) {
										executed.incrementAndGet();
									}
									return value;
								}));
					}
					return result;
				}));
	}

	private interface After {
		Object apply(java.lang.reflect.Method method, Object result);
	}

	private static InvocationHandler forward(Object target, After after) {
		return (proxy, method, arguments) -> {
			try {
				return after.apply(method, method.invoke(target, arguments));
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
	}

	/** A main database of one kind with a procedure to attach documents to. */
	private static final class Database implements AutoCloseable {
		final Store store;
		private final Procedure procedure;
		private final AutoCloseable server;

		private Database(Store store, AutoCloseable server) {
			this.store = store;
			this.server = server;
			Enterprise enterprise = store.records().save(RecordStoreTest.enterprise("ООО «Блоки»"));
			procedure = store.records().save(RecordStoreTest.procedure(enterprise, "А40-21/2026"));
		}

		static Database open(String kind, Path dir) throws Exception {
			StoreFactory factory = TestDatabases.service(StoreFactory.class);
			switch (kind) {
			case "h2-file":
				return new Database(factory.createMain(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("main"), "sa", "")),
						null);
			case "h2-server":
				Server server = TestDatabases.startServer(dir);
				return new Database(factory.createMain(TestDatabases.tcp(server, "main")), server::stop);
			default:
				TestPostgres postgres = new TestPostgres();
				try {
					return new Database(factory.openMain(postgres.settings), postgres);
				} catch (RuntimeException e) {
					postgres.close();
					throw e;
				}
			}
		}

		Document attach(long size) {
			Document document = new Document();
			document.setProcedure(procedure);
			document.setFileName(size + ".bin");
			document.setMediaType("application/octet-stream");
			return store.records().documents().attach(document, new PatternStream(size));
		}

		@Override
		public void close() throws Exception {
			try {
				store.close();
			} finally {
				if (server != null) {
					server.close();
				}
			}
		}
	}
}
