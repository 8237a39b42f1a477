package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pau.model.Document;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.store.DemoData;
import pau.store.Dialect;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * R8/B5: the main database on a real PostgreSQL server: the same public schema, records, streamed
 * documents and demo data as on H2.
 */
class PostgresStoreTest {

	private TestPostgres postgres;
	private Store store;

	@BeforeEach
	void open() throws Exception {
		postgres = new TestPostgres();
		store = TestDatabases.service(StoreFactory.class).openMain(postgres.settings);
	}

	@AfterEach
	void close() throws Exception {
		if (store != null) {
			store.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void r8_publicSchemaWithCascadingForeignKeysOnPostgres() throws Exception {
		assertEquals(Dialect.POSTGRESQL, store.dialect());
		try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement()) {
			Set<String> tables = new HashSet<>();
			try (ResultSet rows = statement.executeQuery(
					"SELECT UPPER(table_name) FROM information_schema.tables WHERE table_schema = 'public'")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			assertTrue(tables.containsAll(Set.of("ENTERPRISES", "PROCEDURES", "CREDITORS", "CLAIMS", "MEETINGS",
					"CORRESPONDENCE", "DOCUMENTS", "ASSETS", "TASKS", "OFFLINE_CHECKOUTS", "SCHEMA_INFO")), tables.toString());
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.referential_constraints "
					+ "WHERE delete_rule = 'CASCADE'")) {
				rows.next();
				assertEquals(8, rows.getInt(1), "procedure → enterprise, 6 records → procedure, checkouts → procedure");
			}
		}
	}

	@Test
	void r8_recordsAndDocumentsRoundTripOnPostgres() throws Exception {
		Enterprise enterprise = store.records().save(RecordStoreTest.enterprise("ООО «Постгрес»"));
		Procedure procedure = store.records().save(RecordStoreTest.procedure(enterprise, "А40-8/2025"));
		Document small = new Document();
		small.setProcedure(procedure);
		small.setFileName("Протокол.txt");
		store.records().documents().attach(small, new ByteArrayInputStream("Протокол".getBytes(StandardCharsets.UTF_8)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		store.records().documents().copyTo(small.getId(), out);
		assertEquals("Протокол", out.toString(StandardCharsets.UTF_8));

		long size = 24L * 1024 * 1024 + 17;
		Document big = new Document();
		big.setProcedure(procedure);
		big.setFileName("big.bin");
		Document saved = store.records().documents().attach(big, new PatternStream(size));
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		long copied = store.records().documents().copyTo(saved.getId(), new OutputStream() {
			@Override
			public void write(int b) {
				digest.update((byte) b);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				digest.update(b, off, len);
			}
		});
		assertEquals(size, copied, "read back in chunks");
		assertEquals(saved.getSha256(), HexFormat.of().formatHex(digest.digest()));
		assertEquals("ООО «Постгрес»", store.records().find(Procedure.class, procedure.getId()).orElseThrow().getEnterprise().getName());
	}

	@Test
	void r8_demoDataFillsAPostgresMainDatabase() throws Exception {
		try (Connection connection = store.dataSource().getConnection()) {
			DemoData.Summary summary = DemoData.generate(connection, new DemoData.Options(5, 1, 9), line -> {
			});
			assertEquals(5, summary.procedures());
			assertEquals(5, TestDatabases.count(connection, "SELECT COUNT(*) FROM PROCEDURES"));
			assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM DOCUMENTS WHERE SIZE_BYTES <> OCTET_LENGTH(CONTENT)"));
		}
	}
}
