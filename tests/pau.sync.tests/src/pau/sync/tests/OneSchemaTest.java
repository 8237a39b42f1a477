package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import pau.model.Procedure;
import pau.store.SchemaInfo;
import pau.store.StoreFactory;
import pau.store.tests.TestDatabases;
import pau.sync.SyncException;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Kind;
import pau.sync.internal.SyncSchema;

/**
 * Issue 11: one schema, written once. The entities, the migrated schema and what the sync engine
 * copies agree; a copy made by the previous release merges into a migrated main; column groups, NULL
 * and '' and case numbers merge as a lawyer expects; ASSETS and TASKS go offline with no sync code.
 */
class OneSchemaTest extends SyncTestBase {

	private SyncReport sync() {
		return f.offline.synchronize(new NullProgressMonitor());
	}

	@Test
	void i11_entitiesMigratedSchemaAndWhatGoesOfflineAgreeColumnByColumn() throws Exception {
		f.goOffline();
		Map<String, Set<String>> schema = new LinkedHashMap<>();
		Map<String, Set<String>> copied;
		try (Connection offline = f.offlineDb().getConnection()) {
			copied = SyncSchema.copiedColumns(offline);
			for (String table : copied.keySet()) {
				schema.put(table, columns(offline, table));
			}
		}
		Map<String, Set<String>> entities = entityColumns();
		assertEquals(entities.keySet(), copied.keySet(), "every entity's table goes offline, and only they");
		for (String table : copied.keySet()) {
			assertEquals(schema.get(table), copied.get(table), table + ": the sync engine copies every column of the schema");
			Set<String> mapped = new LinkedHashSet<>(entities.get(table));
			mapped.add("ID");
			mapped.add("VERSION");
			Set<String> inSchema = new LinkedHashSet<>(schema.get(table));
			inSchema.remove("CONTENT"); // a document's content is streamed by JDBC, not mapped
			assertEquals(inSchema, mapped, table + ": the entity maps every column of the schema and no other");
		}
		assertTrue(copied.containsKey("ASSETS") && copied.containsKey("TASKS"), copied.keySet().toString());
	}

	@Test
	void b11_copyMadeByThePreviousReleaseMergesIntoAMainMigratedMeanwhile() throws Exception {
		f.goOffline();
		DataSource main = f.mainDb();
		DataSource offline = f.offlineDb();
		UUID meeting = UUID.randomUUID();
		SyncFixture.exec(offline, "UPDATE CLAIMS SET AMOUNT = 123456.78 WHERE ID = ?", f.claim1);
		SyncFixture.exec(offline, "INSERT INTO MEETINGS (ID, VERSION, PROCEDURE_ID, PLACE) VALUES (?, 1, ?, 'Зал 7')",
				meeting, f.procedure);
		SyncFixture.exec(main, "UPDATE CLAIMS SET BASIS = 'Договор поставки' WHERE ID = ?", f.claim2);
		// Both as release 1.0 made them: no ASSETS, TASKS or migration history, schema version 1.
		asPreviousRelease(main, false);
		asPreviousRelease(offline, true);
		f.active.activateMain(); // the copy is closed, as when the laptop's PAU Desk was updated
		f.active.setMainSettings(f.mainSettings);

		SyncException refused = assertThrows(SyncException.class, this::sync);
		assertEquals(SyncException.Reason.REFUSED, refused.reason());
		assertTrue(refused.getMessage().contains("pau-cli migrate"), refused.getMessage());

		StoreFactory.Migration migration = TestDatabases.service(StoreFactory.class).migrateMain(f.mainSettings);
		assertEquals(1, migration.from());
		assertEquals(SchemaInfo.VERSION, migration.to());
		SyncReport report = sync();

		assertEquals(0, new java.math.BigDecimal("123456.78").compareTo(
				(java.math.BigDecimal) SyncFixture.value(main, "SELECT AMOUNT FROM CLAIMS WHERE ID = ?", f.claim1)));
		assertEquals("Зал 7", SyncFixture.value(main, "SELECT PLACE FROM MEETINGS WHERE ID = ?", meeting));
		assertEquals("Договор поставки", SyncFixture.value(main, "SELECT BASIS FROM CLAIMS WHERE ID = ?", f.claim2));
		assertTrue(report.entries(Kind.CONFLICT_MAIN_KEPT).isEmpty(), report.entries().toString());
		assertEquals(SchemaInfo.VERSION, ((Number) SyncFixture.value(main, "SELECT SCHEMA_VERSION FROM SCHEMA_INFO")).intValue());
		assertEquals(0L, SyncFixture.value(main, "SELECT COUNT(*) FROM ASSETS"), "the new tables exist in main");
	}

	/** Undoes version 2 by plain SQL: what a database made by release 1.0 holds. */
	private static void asPreviousRelease(DataSource db, boolean offlineCopy) throws Exception {
		for (String sql : List.of("DROP TABLE ASSETS", "DROP TABLE TASKS", "DROP TABLE DATABASECHANGELOG",
				"DROP TABLE DATABASECHANGELOGLOCK", "UPDATE SCHEMA_INFO SET SCHEMA_VERSION = 1")) {
			SyncFixture.exec(db, sql);
		}
		if (offlineCopy) {
			SyncFixture.exec(db, "DROP TABLE SYNC_BASE_ASSETS");
			SyncFixture.exec(db, "DROP TABLE SYNC_BASE_TASKS");
		} else {
			SyncFixture.exec(db, "DROP INDEX OFFLINE_CHECKOUTS_CHECKOUT");
		}
	}

	@Test
	void i11_aDocumentChangedOnBothSidesKeepsMainsWholeContentAndIsReportedOnce() throws Exception {
		f.goOffline();
		byte[] mine = "отчёт, исправленный в суде".getBytes(StandardCharsets.UTF_8);
		SyncFixture.exec(f.offlineDb(), "UPDATE DOCUMENTS SET CONTENT = ?, SIZE_BYTES = ?, SHA256 = ? WHERE ID = ?",
				mine, (long) mine.length, sha256(mine), f.document);
		SyncFixture.exec(f.mainDb(), "UPDATE DOCUMENTS SET FILE_NAME = 'Отчёт управляющего.txt' WHERE ID = ?", f.document);
		String mainSha = (String) SyncFixture.value(f.mainDb(), "SELECT SHA256 FROM DOCUMENTS WHERE ID = ?", f.document);

		SyncReport report = sync();

		assertEquals("Отчёт управляющего.txt", SyncFixture.value(f.mainDb(), "SELECT FILE_NAME FROM DOCUMENTS WHERE ID = ?", f.document));
		assertEquals(mainSha, SyncFixture.value(f.mainDb(), "SELECT SHA256 FROM DOCUMENTS WHERE ID = ?", f.document),
				"not half from main and half from offline");
		byte[] content = (byte[]) SyncFixture.value(f.mainDb(), "SELECT CAST(CONTENT AS VARBINARY) FROM DOCUMENTS WHERE ID = ?", f.document);
		assertEquals(mainSha, sha256(content), "the content is main's, as its hash says");
		List<SyncReport.Entry> conflicts = report.entries(Kind.CONFLICT_MAIN_KEPT);
		assertEquals(1, conflicts.size(), conflicts.toString());
		assertEquals("CONTENT", conflicts.get(0).field());
		assertEquals(f.document, conflicts.get(0).recordId());
	}

	@Test
	void i11_aDocumentChangedOnlyOfflineArrivesWhole() throws Exception {
		f.goOffline();
		byte[] mine = "новая редакция".getBytes(StandardCharsets.UTF_8);
		SyncFixture.exec(f.offlineDb(), "UPDATE DOCUMENTS SET FILE_NAME = 'Редакция 2.txt', CONTENT = ?, SIZE_BYTES = ?, SHA256 = ? WHERE ID = ?",
				mine, (long) mine.length, sha256(mine), f.document);

		sync();

		assertEquals("Редакция 2.txt", SyncFixture.value(f.mainDb(), "SELECT FILE_NAME FROM DOCUMENTS WHERE ID = ?", f.document));
		assertEquals(sha256(mine), sha256((byte[]) SyncFixture.value(f.mainDb(), "SELECT CAST(CONTENT AS VARBINARY) FROM DOCUMENTS WHERE ID = ?", f.document)));
		assertEquals((long) mine.length, SyncFixture.value(f.mainDb(), "SELECT SIZE_BYTES FROM DOCUMENTS WHERE ID = ?", f.document));
	}

	@Test
	void m5_aDocumentDeletedOfflineLeavesItsLetterLinkedInMain() throws Exception {
		f.goOffline();
		SyncFixture.exec(f.offlineDb(), "DELETE FROM DOCUMENTS WHERE ID = ?", f.document); // the letter's link: SET NULL

		SyncReport report = sync();

		assertEquals(f.document, SyncFixture.value(f.mainDb(), "SELECT DOCUMENT_ID FROM CORRESPONDENCE WHERE ID = ?", f.letter),
				"an offline deletion never reaches main, not even as an unlinked letter");
		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM DOCUMENTS WHERE ID = ?", f.document));
		assertTrue(report.entries(Kind.CONFLICT_MAIN_KEPT).isEmpty(), report.entries().toString());
		assertTrue(report.entries(Kind.DELETION_NOT_TRANSFERRED).stream().anyMatch(e -> e.recordId().equals(f.document)),
				report.entries().toString());
	}

	@Test
	void i11_emptyTextAndNoTextAreTheSameOnBothSides() throws Exception {
		f.goOffline();
		// Plain SQL writes '' where the application writes NULL: neither is an edit of the other.
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = '' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.offlineDb(), "UPDATE ENTERPRISES SET OGRN = '' WHERE ID = ?", f.enterprise);
		SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET RESULT = 'Отчёт принят к сведению' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.mainDb(), "UPDATE CORRESPONDENCE SET REF_NUMBER = '' WHERE ID = ?", f.letter);
		SyncFixture.exec(f.offlineDb(), "UPDATE CORRESPONDENCE SET REF_NUMBER = NULL WHERE ID = ?", f.letter);

		assertEquals(0, f.offline.offlineChanges().changed(), "'' for NULL is no change");
		SyncReport report = sync();

		assertEquals("Отчёт принят к сведению", SyncFixture.value(f.mainDb(), "SELECT RESULT FROM MEETINGS WHERE ID = ?", f.meeting));
		assertTrue(report.entries().isEmpty(), report.entries().toString());
	}

	@Test
	void m4_caseNumbersWithNoBreakSpacesAndDashesAreTheSameProcedure() {
		String canonical = Procedure.normalizeCaseNumber("А40-100/2024");
		for (String written : List.of("А40\u2013100/2024", "A40\u2011100/2024", "А40 \u00a0-\u00a0100/2024", "а40\u2212100/2024",
				"А40\u2014100 / 2024", "\u202fА40-100/2024\u200b")) {
			assertEquals(canonical, Procedure.normalizeCaseNumber(written), written);
		}
	}

	@Test
	void m4_ofTwoTwinsInMainTheSameOneIsChosenEveryTime() throws Exception {
		f.goOffline();
		UUID offlineProcedure = UUID.randomUUID();
		UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
		UUID second = UUID.fromString("ffffffff-0000-0000-0000-000000000002");
		SyncFixture.exec(f.offlineDb(), "INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, CASE_NUMBER, STATUS) "
				+ "VALUES (?, 1, ?, 'OBSERVATION', 'А40\u2011777/2025', 'ACTIVE')", offlineProcedure, f.enterprise);
		for (UUID twin : List.of(second, first)) {
			SyncFixture.exec(f.mainDb(), "INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, CASE_NUMBER, STATUS) "
					+ "VALUES (?, 1, ?, 'OBSERVATION', 'А40 \u2013 777/2025', 'ACTIVE')", twin, f.enterprise);
		}

		SyncReport report = sync();

		List<SyncReport.Entry> attached = report.entries(Kind.ATTACHED);
		assertEquals(1, attached.size(), report.entries().toString());
		assertEquals(first.toString(), attached.get(0).mainValue(), "the first by ID");
	}

	@Test
	void i11_assetsAndTasksGoOfflineWithTheirProcedureAndMergeByTheSameRules() throws Exception {
		UUID car = UUID.randomUUID();
		UUID office = UUID.randomUUID();
		UUID meetingTask = UUID.randomUUID();
		UUID otherAsset = UUID.randomUUID();
		SyncFixture.exec(f.mainDb(), "INSERT INTO ASSETS (ID, VERSION, PROCEDURE_ID, NAME, CATEGORY, BOOK_VALUE, STATUS) "
				+ "VALUES (?, 1, ?, 'Автомобиль ГАЗ-3302', 'VEHICLE', 450000.00, 'FOUND')", car, f.procedure);
		SyncFixture.exec(f.mainDb(), "INSERT INTO ASSETS (ID, VERSION, PROCEDURE_ID, NAME, CATEGORY, STATUS) "
				+ "VALUES (?, 1, ?, 'Нежилое помещение, 54 м²', 'REAL_ESTATE', 'FOUND')", office, f.procedure);
		SyncFixture.exec(f.mainDb(), "INSERT INTO TASKS (ID, VERSION, PROCEDURE_ID, DUE_ON, TITLE, DONE) "
				+ "VALUES (?, 1, ?, DATE '2025-03-12', 'Собрание кредиторов', FALSE)", meetingTask, f.procedure);
		SyncFixture.exec(f.mainDb(), "INSERT INTO ASSETS (ID, VERSION, PROCEDURE_ID, NAME, CATEGORY, STATUS) "
				+ "VALUES (?, 1, ?, 'Станок', 'EQUIPMENT', 'FOUND')", otherAsset, f.otherProcedure);
		f.goOffline();
		assertEquals(2L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM ASSETS"), "only the procedure's assets");
		assertEquals(1L, SyncFixture.value(f.offlineDb(), "SELECT COUNT(*) FROM TASKS"));

		UUID inventoryTask = UUID.randomUUID();
		SyncFixture.exec(f.offlineDb(), "UPDATE ASSETS SET MARKET_VALUE = 380000.00, INVENTORIED_ON = DATE '2025-02-20' WHERE ID = ?", car);
		SyncFixture.exec(f.offlineDb(), "UPDATE ASSETS SET STATUS = 'NOT_FOUND' WHERE ID = ?", office);
		SyncFixture.exec(f.mainDb(), "UPDATE ASSETS SET STATUS = 'SOLD' WHERE ID = ?", office);
		SyncFixture.exec(f.offlineDb(), "UPDATE TASKS SET DONE = TRUE, DONE_ON = DATE '2025-03-12' WHERE ID = ?", meetingTask);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO TASKS (ID, VERSION, PROCEDURE_ID, DUE_ON, TITLE, DONE) "
				+ "VALUES (?, 1, ?, DATE '2025-04-01', 'Инвентаризация имущества', FALSE)", inventoryTask, f.procedure);
		SyncFixture.exec(f.offlineDb(), "DELETE FROM ASSETS WHERE ID = ?", car);
		SyncFixture.exec(f.offlineDb(), "INSERT INTO ASSETS (ID, VERSION, PROCEDURE_ID, NAME, CATEGORY, STATUS) "
				+ "VALUES (?, 1, ?, 'Дебиторская задолженность ООО «Альфа»', 'RECEIVABLE', 'FOUND')", UUID.randomUUID(), f.procedure);

		SyncReport report = sync();

		assertEquals(1L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM ASSETS WHERE ID = ?", car), "M5: not deleted");
		assertEquals("SOLD", SyncFixture.value(f.mainDb(), "SELECT STATUS FROM ASSETS WHERE ID = ?", office), "M1: main's kept");
		assertEquals(Boolean.TRUE, SyncFixture.value(f.mainDb(), "SELECT DONE FROM TASKS WHERE ID = ?", meetingTask));
		assertEquals("Инвентаризация имущества", SyncFixture.value(f.mainDb(), "SELECT TITLE FROM TASKS WHERE ID = ?", inventoryTask));
		assertEquals(4L, SyncFixture.value(f.mainDb(), "SELECT COUNT(*) FROM ASSETS"));
		assertTrue(report.entries(Kind.CONFLICT_MAIN_KEPT).stream()
				.anyMatch(e -> e.recordId().equals(office) && e.field().equals("STATUS") && e.offlineValue().equals("NOT_FOUND")),
				report.entries().toString());
		assertTrue(report.entries(Kind.DELETION_NOT_TRANSFERRED).stream().anyMatch(e -> e.recordId().equals(car)));
	}

	/** The columns each entity of persistence.xml maps, by table: read from the annotations. */
	private static Map<String, Set<String>> entityColumns() throws Exception {
		Bundle store = FrameworkUtil.getBundle(StoreFactory.class);
		String xml = new String(store.getEntry("META-INF/persistence.xml").openStream().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, Set<String>> tables = new LinkedHashMap<>();
		Matcher classes = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
		while (classes.find()) {
			Class<?> entity = Procedure.class.getClassLoader().loadClass(classes.group(1).trim());
			Set<String> columns = new LinkedHashSet<>();
			for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Field field : c.getDeclaredFields()) {
					Column column = field.getAnnotation(Column.class);
					JoinColumn join = field.getAnnotation(JoinColumn.class);
					if (column != null) {
						columns.add(column.name());
					} else if (join != null) {
						columns.add(join.name());
					}
				}
			}
			tables.put(entity.getAnnotation(Table.class).name(), columns);
		}
		return tables;
	}

	private static Set<String> columns(Connection connection, String table) throws Exception {
		Set<String> columns = new LinkedHashSet<>();
		try (ResultSet rs = connection.getMetaData().getColumns(null, "PUBLIC", table, null)) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME"));
			}
		}
		return columns;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
