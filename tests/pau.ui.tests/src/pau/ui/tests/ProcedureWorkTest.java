package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.app.internal.common.Labels;
import pau.app.internal.editors.Messages;
import pau.model.Asset;
import pau.model.AssetCategory;
import pau.model.AssetStatus;
import pau.model.Claim;
import pau.model.ClaimQueue;
import pau.model.Correspondence;
import pau.model.Direction;
import pau.model.Document;
import pau.model.Enterprise;
import pau.model.Meeting;
import pau.model.Procedure;
import pau.model.ProcedureType;
import pau.model.Task;
import pau.ui.testkit.Bot;
import pau.ui.testkit.Condition;
import pau.ui.tests.pages.EnterpriseEditorBot;
import pau.ui.tests.pages.ProcedureEditorBot;
import pau.ui.tests.pages.ProceduresViewBot;

/**
 * The arbitration manager's daily work in the real product on the test workspace's H2 database:
 * debtors, procedures, the register, meetings, letters, documents, the property inventory and the tasks.
 */
@org.junit.jupiter.api.extension.ExtendWith(ScreenshotOnFailure.class)
class ProcedureWorkTest {

	private final DeskFixture desk = new DeskFixture();
	private final Bot bot = desk.bot;
	private final ProceduresViewBot view = new ProceduresViewBot(bot);

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() {
		desk.tearDown();
	}

	@Test
	void createEnterpriseAndProcedure_addClaimMeetingLetterAndDocument_saveReopenAndSeeThem() throws Exception {
		String debtor = "UI Test Debtor " + desk.suffix;
		String creditor = "UI Test Creditor " + desk.suffix;
		String caseNumber = "\u0410" + "40-" + desk.suffix + "/2024";
		desk.cleanUpCreditor(creditor);

		// File > New Enterprise…
		String file = Bot.strip(pau.app.internal.Messages.Menu_file);
		bot.menu(file).menu(Bot.strip(desk.commandName("pau.app.commands.newEnterprise"))).click();
		EnterpriseEditorBot enterprise = EnterpriseEditorBot.active(bot);
		enterprise.set("enterprise.name", debtor);
		enterprise.set("enterprise.inn", DeskFixture.validInn());
		enterprise.set("enterprise.address", "Moscow, Tverskaya 1");
		assertTrue(enterprise.isDirty());
		enterprise.saveAndWaitClean();
		Enterprise saved = bot.syncExec(() -> enterprise.editor().enterprise());
		desk.cleanUpEnterprise(saved.getId());
		assertEquals(debtor, desk.records().find(Enterprise.class, saved.getId()).orElseThrow().getName());

		// New Procedure… for the selected debtor
		view.waitLoaded().refresh();
		view.select(saved);
		bot.executeCommandAndWait("pau.app.commands.newProcedure");
		ProcedureEditorBot editor = ProcedureEditorBot.active(bot);
		assertTrue(editor.get("procedure.debtor").startsWith(debtor));
		editor.set("procedure.type", Labels.of(ProcedureType.BANKRUPTCY_PROCEEDINGS));
		editor.set("procedure.case", caseNumber);
		editor.set("procedure.court", "Arbitration Court of Moscow");
		editor.set("procedure.start", "01.02.2024");
		editor.saveAndWaitClean();
		Procedure procedure = bot.syncExec(() -> editor.editor().data().procedure());

		Map<String, String> claim = new LinkedHashMap<>();
		claim.put("claim.creditor", creditor);
		claim.put("claim.amount", "1500.50");
		claim.put("claim.queue", Labels.of(ClaimQueue.THIRD));
		claim.put("claim.filedOn", "05.02.2024");
		claim.put("claim.basis", "Supply contract No. 7");
		editor.addClaim(claim);
		editor.addMeeting(Map.of("meeting.heldAt", "10.03.2024 11:00", "meeting.place", "Moscow, office 5",
				"meeting.agenda", "Report of the manager"));
		Map<String, String> letter = new LinkedHashMap<>();
		letter.put("letter.direction", Labels.of(Direction.OUT));
		letter.put("letter.sentOn", "12.03.2024");
		letter.put("letter.number", "15/24");
		letter.put("letter.counterparty", "Federal Tax Service");
		letter.put("letter.subject", "Request for information");
		editor.addLetter(letter);
		assertTrue(editor.isDirty());
		editor.saveAndWaitClean();

		Path document = temp.resolve("inventory-" + desk.suffix + ".txt");
		Files.writeString(document, "Inventory of the debtor's assets\n".repeat(2000), StandardCharsets.UTF_8);
		editor.attach(document);
		bot.waitUntil(Condition.of("the document in the table",
				() -> editor.tableColumn("documents", 0).contains(document.getFileName().toString())));

		// In the database
		assertEquals(1, desk.records().ofProcedure(Claim.class, procedure.getId()).size());
		assertEquals(1, desk.records().ofProcedure(Meeting.class, procedure.getId()).size());
		assertEquals(1, desk.records().ofProcedure(Correspondence.class, procedure.getId()).size());
		List<Document> documents = desk.records().ofProcedure(Document.class, procedure.getId());
		assertEquals(1, documents.size());
		assertEquals(Files.size(document), documents.get(0).getSizeBytes());

		// Close, reopen from the view, see everything
		editor.close();
		view.refresh();
		view.select(procedure);
		bot.executeCommandAndWait("pau.app.commands.open");
		ProcedureEditorBot reopened = ProcedureEditorBot.active(bot);
		assertEquals(caseNumber, reopened.get("procedure.case"));
		assertEquals(List.of(creditor), reopened.tableColumn("claims", 0));
		assertTrue(reopened.claimTotals().contains(Labels.money(new java.math.BigDecimal("1500.50"))));
		// One claim is named as the report names it: in the edit dialog's title and in the delete question.
		String claimName = Messages.bind(Messages.Record_claim, creditor, Labels.money(new java.math.BigDecimal("1500.50")) + "\u00a0\u20bd");
		reopened.selectRow("claims", 0);
		bot.buttonById("claims.edit").click();
		var editDialog = bot.shell(Character.toUpperCase(claimName.charAt(0)) + claimName.substring(1));
		editDialog.bot().button(org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL).click();
		editDialog.waitUntilClosed();
		bot.buttonById("claims.delete").click();
		var question = bot.shell(pau.app.internal.editors.Messages.Confirm_deleteTitle);
		assertTrue(question.bot().findNow(org.eclipse.swt.widgets.Label.class, l -> l.getText().contains(claimName)) != null,
				"the delete question names the claim: " + claimName);
		question.bot().button(pau.app.internal.editors.Messages.Confirm_cancel).click();
		question.waitUntilClosed();
		assertEquals(List.of("Moscow, office 5"), reopened.tableColumn("meetings", 1));
		assertEquals(List.of("Federal Tax Service"), reopened.tableColumn("letters", 3));
		assertEquals(List.of(document.getFileName().toString()), reopened.tableColumn("documents", 0));
		// Its kind in words, not a media type; no hash in the table.
		String kind = reopened.tableColumn("documents", 1).get(0);
		assertEquals(pau.app.internal.editors.DocumentsPage.kind(documents.get(0).getMediaType(), documents.get(0).getFileName()), kind);
		assertFalse(kind.contains("/"), "not a media type: " + kind);

		// Export the document to a file: the same bytes come out
		Path exported = temp.resolve("exported-" + desk.suffix + ".txt");
		reopened.export(documents.get(0), exported);
		assertEquals(-1L, Files.mismatch(document, exported), "the exported file equals the attached one");

		// Delete it, confirming
		reopened.deleteDocument(document.getFileName().toString());
		var confirm = bot.shell(pau.app.internal.editors.Messages.Confirm_deleteTitle);
		confirm.bot().button(pau.app.internal.editors.Messages.Confirm_delete).click();
		confirm.waitUntilClosed();
		bot.waitUntil(Condition.of("the document gone from the table", () -> reopened.tableColumn("documents", 0).isEmpty()));
		assertTrue(desk.records().ofProcedure(Document.class, procedure.getId()).isEmpty(), "and from the database");
		reopened.page("claims");
		bot.screenshot(new File("target/screenshots/procedure-editor-claims-" + Platform.getNL() + ".png"));
		reopened.page("procedure");
		bot.screenshot(new File("target/screenshots/procedure-editor-" + Platform.getNL() + ".png"));
	}

	@Test
	void i11_assetAddedThroughPropertyPage_isSavedAndShownAfterReopening() {
		Procedure procedure = desk.createProcedure("UI Test Property " + desk.suffix);
		ProcedureEditorBot editor = open(procedure);
		Map<String, String> asset = new LinkedHashMap<>();
		asset.put("asset.name", "Warehouse building, 674.0 sq m, cadastral No. 77:33:9845381:4595");
		asset.put("asset.category", Labels.of(AssetCategory.REAL_ESTATE));
		asset.put("asset.inventoryNumber", "00000347");
		asset.put("asset.bookValue", "8514317.64");
		asset.put("asset.marketValue", "9399000");
		asset.put("asset.inventoriedOn", "19.06.2024");
		asset.put("asset.status", Labels.of(AssetStatus.FOUND));
		asset.put("asset.note", "Pledged to the bank");
		editor.page("assets");
		bot.buttonById("assets.add").click();
		String title = Messages.Asset_newTitle;
		bot.shell(title);
		bot.screenshot(new File("target/screenshots/procedure-editor-property-dialog-" + Platform.getNL() + ".png"));
		editor.fillDialog(title, asset);
		assertTrue(editor.isDirty());
		editor.saveAndWaitClean();

		List<Asset> saved = desk.records().ofProcedure(Asset.class, procedure.getId());
		assertEquals(1, saved.size());
		assertEquals(AssetCategory.REAL_ESTATE, saved.get(0).getCategory());
		assertEquals(0, new BigDecimal("8514317.64").compareTo(saved.get(0).getBookValue()));
		assertEquals(0, new BigDecimal("9399000").compareTo(saved.get(0).getMarketValue()));
		assertEquals(LocalDate.of(2024, 6, 19), saved.get(0).getInventoriedOn());

		editor.close();
		ProcedureEditorBot reopened = open(procedure);
		assertEquals(List.of("00000347"), reopened.tableColumn("assets", 0));
		assertEquals(List.of(asset.get("asset.name")), reopened.tableColumn("assets", 1));
		assertEquals(List.of(Labels.of(AssetCategory.REAL_ESTATE)), reopened.tableColumn("assets", 2));
		assertEquals(List.of(Labels.of(AssetStatus.FOUND)), reopened.tableColumn("assets", 3));
		assertEquals(List.of(Labels.money(new BigDecimal("8514317.64"))), reopened.tableColumn("assets", 4));
		assertTrue(reopened.totals("assets").contains(Labels.money(new BigDecimal("9399000"))), reopened.totals("assets"));
	}

	@Test
	void i11_taskAddedThroughTasksPage_isSavedAndShownAfterReopening() {
		Procedure procedure = desk.createProcedure("UI Test Tasks " + desk.suffix);
		ProcedureEditorBot editor = open(procedure);
		Map<String, String> task = new LinkedHashMap<>();
		task.put("task.dueOn", "15.07.2024");
		task.put("task.title", "Creditors' meeting: report of the manager");
		task.put("task.done", "true");
		task.put("task.doneOn", "12.07.2024");
		task.put("task.note", "Art. 143 of the Insolvency Law");
		editor.page("tasks");
		bot.buttonById("tasks.add").click();
		String title = Messages.Task_newTitle;
		bot.shell(title);
		bot.screenshot(new File("target/screenshots/procedure-editor-tasks-dialog-" + Platform.getNL() + ".png"));
		editor.fillDialog(title, task);
		editor.saveAndWaitClean();

		List<Task> saved = desk.records().ofProcedure(Task.class, procedure.getId());
		assertEquals(1, saved.size());
		assertTrue(saved.get(0).isDone());
		assertEquals(LocalDate.of(2024, 7, 15), saved.get(0).getDueOn());
		assertEquals(LocalDate.of(2024, 7, 12), saved.get(0).getDoneOn());

		editor.close();
		ProcedureEditorBot reopened = open(procedure);
		assertEquals(List.of("15.07.2024"), reopened.tableColumn("tasks", 0));
		assertEquals(List.of(task.get("task.title")), reopened.tableColumn("tasks", 1));
		assertEquals(List.of(Messages.Task_doneMark), reopened.tableColumn("tasks", 2));
		assertEquals(List.of("12.07.2024"), reopened.tableColumn("tasks", 3));
	}

	@Test
	void i11_propertyAndTasksPagesListADemoProcedureInTheirOrder() {
		// The workspace's demo data: the running procedure with the largest property inventory.
		Procedure demo = desk.records().all(Procedure.class).stream().filter(p -> p.getEndDate() == null)
				.max(Comparator.comparingInt(p -> desk.records().ofProcedure(Asset.class, p.getId()).size())).orElseThrow();
		List<Asset> assets = desk.records().ofProcedure(Asset.class, demo.getId());
		List<Task> tasks = desk.records().ofProcedure(Task.class, demo.getId());
		assertFalse(assets.isEmpty() || tasks.isEmpty(), "the demo procedure has an inventory and a calendar");
		ProcedureEditorBot editor = open(demo).maximized(true);
		try {
			assertEquals(assets.stream().map(Asset::getName).toList(), editor.tableColumn("assets", 1));
			bot.screenshot(new File("target/screenshots/procedure-editor-property-" + Platform.getNL() + ".png"));
			assertEquals(tasks.stream().map(Task::getTitle).toList(), editor.tableColumn("tasks", 1));
			bot.screenshot(new File("target/screenshots/procedure-editor-tasks-" + Platform.getNL() + ".png"));
		} finally {
			editor.maximized(false);
		}
	}

	private ProcedureEditorBot open(Procedure procedure) {
		view.waitLoaded().refresh();
		view.select(procedure);
		bot.executeCommandAndWait("pau.app.commands.open");
		return ProcedureEditorBot.active(bot);
	}

	@Test
	void editProcedure_showsDirtyMarker_andSaveWritesIt() {
		Procedure procedure = desk.createProcedure("UI Test Edit " + desk.suffix);
		view.waitLoaded().refresh();
		view.select(procedure);
		bot.executeCommandAndWait("pau.app.commands.open");
		ProcedureEditorBot editor = ProcedureEditorBot.active(bot);
		assertFalse(editor.isDirty());

		editor.set("procedure.court", "Arbitration Court of St Petersburg");
		assertTrue(editor.isDirty());
		bot.waitUntil(Condition.of("the '*' dirty marker on the tab", editor::tabShowsDirtyMarker));

		editor.saveAndWaitClean();
		bot.waitUntil(Condition.of("the dirty marker to go", () -> !editor.tabShowsDirtyMarker()));
		assertEquals("Arbitration Court of St Petersburg",
				desk.records().find(Procedure.class, procedure.getId()).orElseThrow().getCourt());
	}

	@Test
	void invalidInn_showsInlineMessage_andNothingIsSaved() {
		String name = "UI Test Invalid INN " + desk.suffix;
		bot.executeCommandAndWait("pau.app.commands.newEnterprise");
		EnterpriseEditorBot editor = EnterpriseEditorBot.active(bot);
		editor.set("enterprise.name", name);
		String valid = DeskFixture.validInn();
		String invalid = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);
		editor.set("enterprise.inn", invalid);

		bot.waitUntil(Condition.of("an inline problem about the INN",
				() -> editor.problems().stream().anyMatch(p -> p.contains(invalid))));
		assertTrue(editor.headerMessage().contains(invalid));

		editor.save();
		assertTrue(editor.isDirty(), "an invalid record stays unsaved");
		assertTrue(desk.records().all(Enterprise.class).stream().noneMatch(e -> name.equals(e.getName())));

		editor.set("enterprise.inn", valid);
		bot.waitUntil(Condition.of("the problem to go", () -> editor.problems().isEmpty()));
	}

	@Test
	void deleteEnterprise_asksForConfirmation_andDeletesItsProcedures() {
		Procedure procedure = desk.createProcedure("UI Test Delete " + desk.suffix);
		Enterprise enterprise = procedure.getEnterprise();
		view.waitLoaded().refresh();

		// Cancel keeps everything
		view.select(enterprise);
		bot.executeCommand("pau.app.commands.delete");
		var confirm = bot.shell(pau.app.internal.editors.Messages.Confirm_deleteTitle);
		confirm.bot().button(pau.app.internal.editors.Messages.Confirm_cancel).click();
		confirm.waitUntilClosed();
		assertTrue(desk.records().find(Procedure.class, procedure.getId()).isPresent());

		// Delete removes the debtor and its procedure
		view.select(enterprise);
		bot.executeCommand("pau.app.commands.delete");
		confirm = bot.shell(pau.app.internal.editors.Messages.Confirm_deleteTitle);
		confirm.bot().button(pau.app.internal.editors.Messages.Confirm_delete).click();
		confirm.waitUntilClosed();
		bot.waitUntil(Condition.of("the debtor to leave the tree",
				() -> !view.column(0).contains(enterprise.getName())));
		assertTrue(desk.records().find(Enterprise.class, enterprise.getId()).isEmpty());
		assertTrue(desk.records().find(Procedure.class, procedure.getId()).isEmpty());
	}

	@Test
	void filterProceduresView_showsOnlyMatchingProcedures() {
		Procedure procedure = desk.createProcedure("UI Test Filter " + desk.suffix);
		view.waitLoaded().refresh();
		assertTrue(view.topLevelCount() > 1);

		view.filter(procedure.getCaseNumber());
		bot.waitUntil(Condition.of("only the matching debtor", () -> view.topLevelCount() == 1));
		assertEquals(List.of(procedure.getEnterprise().getName(), procedure.getEnterprise().getName()), view.column(0));
		assertEquals(procedure.getCaseNumber(), view.column(2).get(1));

		view.filter("");
		bot.waitUntil(Condition.of("all debtors again", () -> view.topLevelCount() > 1));
	}

	/**
	 * The tree changes once typing pauses, off the UI thread (issue 21 item 6); a re-read of the database
	 * that comes meanwhile keeps what was typed, and the result is the same narrowed list.
	 */
	@Test
	void issue21_item6_aReReadWhileTheFilterWaits_keepsWhatWasTyped() {
		Procedure procedure = desk.createProcedure("UI Test Filter Reread " + desk.suffix);
		view.waitLoaded().refresh();
		int all = view.topLevelCount();
		assertTrue(all > 1);

		view.filter(procedure.getCaseNumber());
		view.refresh(); // re-read and shown before the typing pause has passed
		bot.waitUntil(Condition.of("only the matching debtor", () -> view.topLevelCount() == 1));
		assertEquals(procedure.getCaseNumber(), view.column(2).get(1));

		view.filter("");
		bot.waitUntil(Condition.of("all debtors again", () -> view.topLevelCount() == all));
	}
}
