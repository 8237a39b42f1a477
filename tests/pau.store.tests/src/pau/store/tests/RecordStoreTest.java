package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.Asset;
import pau.model.AssetCategory;
import pau.model.AssetStatus;
import pau.model.Claim;
import pau.model.ClaimQueue;
import pau.model.Correspondence;
import pau.model.Creditor;
import pau.model.DataException;
import pau.model.Direction;
import pau.model.Document;
import pau.model.Enterprise;
import pau.model.Meeting;
import pau.model.Procedure;
import pau.model.ProcedureType;
import pau.model.RecordStore;
import pau.model.Task;
import pau.model.ValidationException;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Create, read, update and delete every entity through the model's {@link RecordStore}, on a main
 * database served by a real H2 TCP server.
 */
class RecordStoreTest {

	@TempDir
	Path dir;
	private Server server;
	private Store store;
	private RecordStore records;

	@BeforeEach
	void open() throws Exception {
		server = TestDatabases.startServer(dir);
		store = TestDatabases.service(StoreFactory.class).createMain(TestDatabases.tcp(server, "crud"));
		records = store.records();
	}

	@AfterEach
	void close() {
		store.close();
		server.stop();
	}

	static Enterprise enterprise(String name) {
		Enterprise enterprise = new Enterprise();
		enterprise.setName(name);
		enterprise.setInn("7707083893");
		enterprise.setOgrn("1027700132195");
		enterprise.setAddress("г. Москва, ул. Вавилова, д. 19");
		return enterprise;
	}

	static Procedure procedure(Enterprise enterprise, String caseNumber) {
		Procedure procedure = new Procedure();
		procedure.setEnterprise(enterprise);
		procedure.setType(ProcedureType.BANKRUPTCY_PROCEEDINGS);
		procedure.setCaseNumber(caseNumber);
		procedure.setCourt("Арбитражный суд города Москвы");
		procedure.setStartDate(LocalDate.of(2024, 3, 1));
		return procedure;
	}

	@Test
	void crud_everyEntityRoundTrips() {
		Enterprise enterprise = records.save(enterprise("ООО «Ромашка»"));
		Procedure procedure = records.save(procedure(enterprise, "А40-123456/2024"));
		Creditor creditor = new Creditor();
		creditor.setName("ПАО «Банк»");
		creditor.setInn("7707083893");
		creditor = records.save(creditor);
		Claim claim = new Claim();
		claim.setProcedure(procedure);
		claim.setCreditor(creditor);
		claim.setAmount(new BigDecimal("1500000.50"));
		claim.setQueue(ClaimQueue.THIRD);
		claim.setBasis("Кредитный договор № 1");
		claim.setFiledOn(LocalDate.of(2024, 4, 2));
		claim = records.save(claim);
		Meeting meeting = new Meeting();
		meeting.setProcedure(procedure);
		meeting.setHeldAt(LocalDateTime.of(2024, 5, 14, 11, 0));
		meeting.setPlace("г. Москва, ул. Тверская, д. 1");
		meeting.setAgenda("Отчёт конкурсного управляющего");
		meeting = records.save(meeting);
		Document document = new Document();
		document.setProcedure(procedure);
		document.setFileName("Отчёт.txt");
		document.setMediaType("text/plain");
		byte[] content = "Отчёт конкурсного управляющего".getBytes(StandardCharsets.UTF_8);
		document = records.documents().attach(document, new ByteArrayInputStream(content));
		Correspondence letter = new Correspondence();
		letter.setProcedure(procedure);
		letter.setDirection(Direction.OUT);
		letter.setSentOn(LocalDate.of(2024, 4, 10));
		letter.setRefNumber("12/04");
		letter.setCounterparty("ПАО «Банк»");
		letter.setSubject("Уведомление о собрании");
		letter.setDocument(document);
		letter = records.save(letter);

		assertEquals("ООО «Ромашка»", records.find(Enterprise.class, enterprise.getId()).orElseThrow().getName());
		assertEquals("А40-123456/2024", records.find(Procedure.class, procedure.getId()).orElseThrow().getCaseNumber());
		assertEquals(new BigDecimal("1500000.50"), records.find(Claim.class, claim.getId()).orElseThrow().getAmount());
		assertEquals(1, records.ofProcedure(Meeting.class, procedure.getId()).size());
		Correspondence readLetter = records.find(Correspondence.class, letter.getId()).orElseThrow();
		assertEquals(document.getId(), readLetter.getDocument().getId());
		Document readDocument = records.ofProcedure(Document.class, procedure.getId()).get(0);
		assertEquals(content.length, readDocument.getSizeBytes());
		assertEquals(64, readDocument.getSha256().length());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		records.documents().copyTo(document.getId(), out);
		assertEquals("Отчёт конкурсного управляющего", out.toString(StandardCharsets.UTF_8));

		Meeting changed = records.find(Meeting.class, meeting.getId()).orElseThrow();
		changed.setResult("Отчёт принят к сведению");
		Meeting saved = records.save(changed);
		assertEquals(changed.getVersion() + 1, saved.getVersion(), "an update increments the row version");
		assertEquals("Отчёт принят к сведению", records.find(Meeting.class, meeting.getId()).orElseThrow().getResult());

		records.delete(Claim.class, claim.getId());
		assertTrue(records.find(Claim.class, claim.getId()).isEmpty());
		assertEquals(1, records.all(Creditor.class).size(), "deleting a claim keeps its creditor");
	}

	@Test
	void cascade_deletingAnEnterpriseDeletesItsProceduresAndTheirRecords() throws Exception {
		Enterprise enterprise = records.save(enterprise("АО «Вектор»"));
		Procedure procedure = records.save(procedure(enterprise, "А40-1/2024"));
		Meeting meeting = new Meeting();
		meeting.setProcedure(procedure);
		meeting.setHeldAt(LocalDateTime.of(2024, 6, 1, 10, 0));
		records.save(meeting);
		Document document = new Document();
		document.setProcedure(procedure);
		document.setFileName("a.txt");
		records.documents().attach(document, new ByteArrayInputStream(new byte[] { 1, 2, 3 }));

		records.delete(Enterprise.class, enterprise.getId());

		try (Connection connection = store.dataSource().getConnection()) {
			for (String table : List.of("PROCEDURES", "MEETINGS", "DOCUMENTS")) {
				assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM " + table), table + " is empty");
			}
		}
	}

	@Test
	void i11_assetsAndTasksRoundTripInTheirNaturalOrderAndGoWithTheirProcedure() throws Exception {
		Procedure procedure = records.save(procedure(records.save(enterprise("ООО «Склад»")), "А40-11/2024"));
		for (String number : List.of("00000002", "00000001")) {
			Asset asset = new Asset();
			asset.setProcedure(procedure);
			asset.setName("Нежилое здание (склад), инв. № " + number);
			asset.setCategory(AssetCategory.REAL_ESTATE);
			asset.setInventoryNumber(number);
			asset.setBookValue(new BigDecimal("12500000.55"));
			asset.setInventoriedOn(LocalDate.of(2024, 5, 20));
			records.save(asset);
		}
		for (int day : List.of(20, 5)) {
			Task task = new Task();
			task.setProcedure(procedure);
			task.setDueOn(LocalDate.of(2024, 6, day));
			task.setTitle("Собрание кредиторов " + day);
			task.setDone(day == 5);
			records.save(task);
		}

		List<Asset> assets = records.ofProcedure(Asset.class, procedure.getId());
		assertEquals(List.of("00000001", "00000002"), assets.stream().map(Asset::getInventoryNumber).toList());
		assertEquals(new BigDecimal("12500000.55"), assets.get(0).getBookValue());
		assertEquals(AssetStatus.FOUND, assets.get(0).getStatus(), "found unless said otherwise");
		assertEquals(null, assets.get(0).getMarketValue());
		List<Task> tasks = records.ofProcedure(Task.class, procedure.getId());
		assertEquals(List.of(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 20)), tasks.stream().map(Task::getDueOn).toList());
		assertEquals(List.of(true, false), tasks.stream().map(Task::isDone).toList());
		assertTrue(records.procedureRecordTypes().containsAll(List.of(Asset.class, Task.class, Claim.class, Meeting.class,
				Correspondence.class, Document.class)), records.procedureRecordTypes().toString());

		Asset nameless = new Asset();
		nameless.setProcedure(procedure);
		ValidationException refused = assertThrows(ValidationException.class, () -> records.save(nameless));
		assertEquals(List.of("The name is required.", "The category is required."), refused.getProblems());
		Task untitled = new Task();
		untitled.setProcedure(procedure);
		refused = assertThrows(ValidationException.class, () -> records.save(untitled));
		assertEquals(List.of("The date is required.", "The title is required."), refused.getProblems());

		records.delete(Procedure.class, procedure.getId());
		try (Connection connection = store.dataSource().getConnection()) {
			for (String table : List.of("ASSETS", "TASKS")) {
				assertEquals(0, TestDatabases.count(connection, "SELECT COUNT(*) FROM " + table), table + " is empty");
			}
		}
	}

	@Test
	void uuid_idIsMadeWhereTheRecordIsCreatedAndKept() {
		Enterprise enterprise = enterprise("ООО «Север»");
		UUID idBeforeSaving = enterprise.getId();
		Enterprise saved = records.save(enterprise);
		assertEquals(idBeforeSaving, saved.getId());
		assertEquals(4, idBeforeSaving.version(), "a random (version 4) UUID");
		assertNotEquals(idBeforeSaving, enterprise("ООО «Север»").getId(), "same name, another record (M3)");
	}

	@Test
	void validation_invalidInnIsRefusedAndNothingSaved() {
		Enterprise enterprise = enterprise("ООО «Ошибка»");
		enterprise.setInn("7707083890");
		ValidationException refused = assertThrows(ValidationException.class, () -> records.save(enterprise));
		assertTrue(refused.getMessage().contains("INN 7707083890 is not valid"), refused.getMessage());
		assertTrue(records.find(Enterprise.class, enterprise.getId()).isEmpty());
	}

	@Test
	void validation_negativeAmountAndEndBeforeStartAreRefused() {
		Enterprise enterprise = records.save(enterprise("ООО «Альфа»"));
		Procedure procedure = procedure(enterprise, "А40-2/2024");
		procedure.setEndDate(LocalDate.of(2024, 1, 1));
		assertThrows(ValidationException.class, () -> records.save(procedure));
		Claim claim = new Claim();
		claim.setProcedure(records.save(procedure(enterprise, "А40-3/2024")));
		claim.setAmount(new BigDecimal("-1"));
		ValidationException refused = assertThrows(ValidationException.class, () -> records.save(claim));
		assertTrue(refused.getProblems().contains("The amount must not be negative."), refused.getProblems().toString());
	}

	@Test
	void staleSaveIsRefusedAndTheOtherChangeKept() {
		Enterprise saved = records.save(enterprise("ООО «Первый»"));
		Enterprise mine = records.find(Enterprise.class, saved.getId()).orElseThrow();
		Enterprise theirs = records.find(Enterprise.class, saved.getId()).orElseThrow();
		theirs.setAddress("г. Казань");
		records.save(theirs);
		mine.setAddress("г. Самара");
		DataException refused = assertThrows(DataException.class, () -> records.save(mine));
		assertTrue(refused.getMessage().contains("changed by someone else"), refused.getMessage());
		assertEquals("г. Казань", records.find(Enterprise.class, saved.getId()).orElseThrow().getAddress());
	}
}
