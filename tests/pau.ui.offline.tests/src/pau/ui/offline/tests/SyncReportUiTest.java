package pau.ui.offline.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import pau.model.Procedure;
import pau.model.ValueLabels;
import pau.sync.SyncReport;
import pau.sync.internal.ReportText;
import pau.ui.offline.internal.Messages;
import pau.ui.offline.tests.pages.ReportDialogBot;
import pau.ui.offline.tests.pages.StatusWidgetBot;
import pau.ui.offline.tests.pages.SyncHistoryDialogBot;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.Condition;
import pau.ui.testkit.CutTexts;

/**
 * Issue 12, items 1 and 2: the synchronization report as a lawyer reads it (B1: grouped by procedure,
 * in words, labels and values for the language, columns that widen, CSV with a BOM and PDF), kept in
 * main and listed under Tools › Synchronization History, and restoring a lost offline value in one
 * action (B13). Runs in English and, with -Dpau.test.nl=ru, in Russian.
 */
class SyncReportUiTest {

	private static final String NL = Platform.getNL() != null && Platform.getNL().startsWith("ru") ? "ru" : "en";
	private static final String OFFLINE_COURT = "Арбитражный суд Московской области (автономно)";
	private static final String MAIN_COURT = "Арбитражный суд города Москвы (основная база)";

	private final Bot bot = new Bot();
	private final ReportText text = new ReportText();
	private MainDatabase main;
	private Procedure procedure;
	private UUID claim;
	private String debtor;

	@BeforeEach
	void startMainDatabase() throws Exception {
		bot.workbenchShell();
		main = new MainDatabase();
		procedure = main.procedures().get(0);
		claim = (UUID) main.valueInMain("SELECT ID FROM CLAIMS WHERE PROCEDURE_ID = ? ORDER BY ID LIMIT 1", procedure.getId());
		debtor = (String) main.valueInMain(
				"SELECT E.NAME FROM ENTERPRISES E JOIN PROCEDURES P ON P.ENTERPRISE_ID = E.ID WHERE P.ID = ?", procedure.getId());
	}

	@AfterEach
	void restore(TestInfo test) throws Exception {
		Screens.afterTest(bot, test, main);
	}

	/** Offline and main both change the procedure's court and a claim's amount: two lost offline values. */
	private void conflictingWork() throws Exception {
		main.offline.goOffline(List.of(procedure.getId()), new NullProgressMonitor());
		main.execOffline("UPDATE PROCEDURES SET COURT = ? WHERE ID = ?", OFFLINE_COURT, procedure.getId());
		main.execOffline("UPDATE CLAIMS SET AMOUNT = 1234567.89 WHERE ID = ?", claim);
		main.execMain("UPDATE PROCEDURES SET COURT = ?, VERSION = VERSION + 1 WHERE ID = ?", MAIN_COURT, procedure.getId());
		main.execMain("UPDATE CLAIMS SET AMOUNT = 150000, VERSION = VERSION + 1 WHERE ID = ?", claim);
	}

	private static int rowWith(List<String[]> rows, String field) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i)[2].equals(field)) {
				return i;
			}
		}
		throw new AssertionError("no row for " + field + ": " + rows.stream().map(Arrays::toString).toList());
	}

	private static int entryNo(String[] row) {
		return Integer.parseInt(row[0].substring(0, row[0].indexOf('.')));
	}

	@Test
	void b1_reportDialogIsGroupedByProcedureInWordsAndExportsCsvWithBomAndPdf_b13_restoresInOneClick() throws Exception {
		conflictingWork();
		StatusWidgetBot widget = new StatusWidgetBot(bot);
		bot.waitUntil(Condition.of("connected", () -> widget.isVisible() && Messages.Widget_connected.equals(widget.statusText())),
				15_000);
		widget.open();
		widget.clickSynchronize();

		// B2: the preview speaks in the future and in words.
		ReportDialogBot preview = ReportDialogBot.waitForIt(bot);
		assertTrue(preview.summary().contains(text.plural("WillUpdate", 0)) && preview.summary().contains(text.plural("Decisions", 2)),
				preview.summary());
		assertEquals(1, preview.groups().size());
		Screens.screenshot(bot, "offline-sync-preview-" + NL);
		BotIds.button(bot, pau.ui.offline.internal.WidgetIds.BUTTON_PREFIX + "report.0").click();
		BotIds.button(bot, pau.ui.offline.internal.WidgetIds.BUTTON_PREFIX + "synchronized.0").click();
		BotIds.waitUntilClosed(bot, preview.shell());

		ReportDialogBot report = ReportDialogBot.waitForIt(bot);
		assertEquals(Messages.Report_title, report.shell().getText());
		assertTrue(report.origin().contains(System.getProperty("user.name")), report.origin());
		List<String[]> groups = report.groups();
		assertEquals(1, groups.size());
		assertEquals(text.text("Procedure", debtor, procedure.getCaseNumber()), groups.get(0)[0], "debtor and case number");
		assertTrue(groups.get(0)[1].contains(text.plural("Decisions", 2)), groups.get(0)[1]);

		List<String[]> rows = report.decisions();
		String[] court = rows.get(rowWith(rows, ValueLabels.column("PROCEDURES", "COURT")));
		assertEquals(OFFLINE_COURT, court[3]);
		assertEquals(MAIN_COURT, court[4]);
		assertEquals(text.text("Decision_CONFLICT_MAIN_KEPT"), court[1]);
		String[] amount = rows.get(rowWith(rows, ValueLabels.column("CLAIMS", "AMOUNT")));
		assertEquals(text.amount(new BigDecimal("1234567.89")), amount[3], "grouping, two decimals, ₽");
		assertEquals(text.amount(new BigDecimal("150000")), amount[4]);
		assertTrue(amount[0].contains(text.amount(new BigDecimal("150000"))), "the claim in its own terms: " + amount[0]);
		for (String[] row : rows) {
			for (String cell : row) {
				assertFalse(cell.matches(".*\\b(CONFLICT_MAIN_KEPT|PROCEDURES|CLAIMS|COURT|AMOUNT)\\b.*"), "codes: " + cell);
			}
		}

		// Nothing cut at the dialog's first size: each column as wide as its texts (issue 19).
		assertEquals(List.of(), CutTexts.in(bot, report.shell().widget()), "texts cut in the report dialog");
		Screens.screenshot(bot, "offline-sync-report-grouped-" + NL);
		// Narrower than its columns, the dialog scrolls: no column gives up its width.
		int[] before = report.columnWidths();
		report.resize(700, 560);
		bot.waitUntil(Condition.of("the dialog narrower", () -> bot.syncExec(() -> report.shell().widget().getSize().x) <= 700));
		assertArrayEquals(before, report.columnWidths(), "columns keep their widths in a narrow dialog");
		report.resize(1240, 640);
		bot.waitUntil(Condition.of("columns widened", () -> Arrays.stream(report.columnWidths()).sum() >= Arrays.stream(before).sum()));

		// Export: CSV with a byte-order mark and words, PDF; each export says where it saved.
		Path csv = Files.createTempDirectory("pau-report").resolve("report.csv");
		report.export(csv);
		bot.waitUntil(Condition.of("export confirmed", () -> BotIds.exists(bot, org.eclipse.swt.widgets.Button.class,
				pau.ui.offline.internal.WidgetIds.BUTTON_PREFIX + "exported.0")));
		assertTrue(report.message("exported").contains(csv.toString()), report.message("exported"));
		Screens.screenshot(bot, "offline-sync-report-exported-" + NL);
		report.acknowledge("exported");
		byte[] bytes = Files.readAllBytes(csv);
		assertEquals(0xEF, bytes[0] & 0xFF, "BOM");
		assertEquals(0xBB, bytes[1] & 0xFF, "BOM");
		assertEquals(0xBF, bytes[2] & 0xFF, "BOM");
		String content = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(content.contains(debtor) && content.contains(procedure.getCaseNumber()) && content.contains(OFFLINE_COURT)
				&& content.contains(ValueLabels.column("PROCEDURES", "COURT")) && content.contains(text.plural("Decisions", 2)),
				content);
		assertFalse(content.contains("CONFLICT_MAIN_KEPT") || content.contains(claim.toString()), content);
		Path pdf = csv.resolveSibling("report.pdf");
		report.export(pdf);
		bot.waitUntil(Condition.of("pdf export confirmed", () -> BotIds.exists(bot, org.eclipse.swt.widgets.Button.class,
				pau.ui.offline.internal.WidgetIds.BUTTON_PREFIX + "exported.0")));
		report.acknowledge("exported");
		assertTrue(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

		// B13: one click writes the offline value back into main.
		assertFalse(report.restoreButton().isEnabled(), "nothing selected");
		report.select(entryNo(court));
		bot.waitUntil(Condition.of("restore enabled", () -> report.restoreButton().isEnabled()));
		assertTrue(report.details().contains(OFFLINE_COURT) && report.details().contains(MAIN_COURT)
				&& report.details().contains(text.text("Details_restorable")), "the entry in sentences: " + report.details());
		Screens.screenshot(bot, "offline-sync-report-selected-" + NL);
		report.restoreButton().click();
		bot.waitUntil(Condition.of("restored", () -> BotIds.exists(bot, org.eclipse.swt.widgets.Button.class,
				pau.ui.offline.internal.WidgetIds.BUTTON_PREFIX + "restored.0")));
		Screens.screenshot(bot, "offline-sync-report-restored-message-" + NL);
		report.acknowledge("restored");
		assertEquals(OFFLINE_COURT, main.mainCourt(procedure.getId()));
		String[] restoredRow = report.decisions().get(rowWith(report.decisions(), ValueLabels.column("PROCEDURES", "COURT")));
		assertTrue(restoredRow[5].startsWith(text.text("Restored", System.getProperty("user.name"), "").trim()),
				"the entry shows as restored: " + restoredRow[5]);
		assertFalse(report.restoreButton().isEnabled(), "a restored entry cannot be restored again");
		assertTrue(report.details().contains(restoredRow[5]), report.details());
		Screens.screenshot(bot, "offline-sync-report-restored-" + NL);
		report.close().click();
		BotIds.waitUntilClosed(bot, report.shell());
	}

	@Test
	void b1_historyListsTheKeptReportsNewestFirst_b13_restoreRefusedWhenMainChangedItAgain() throws Exception {
		conflictingWork();
		SyncReport first = main.offline.synchronize(new NullProgressMonitor());
		main.offline.goOffline(List.of(procedure.getId()), new NullProgressMonitor());
		main.execOffline("UPDATE PROCEDURES SET END_DATE = DATE '2026-03-12' WHERE ID = ?", procedure.getId());
		SyncReport second = main.offline.synchronize(new NullProgressMonitor());
		main.execMain("UPDATE CLAIMS SET AMOUNT = 99, VERSION = VERSION + 1 WHERE ID = ?", claim);

		SyncHistoryDialogBot history = SyncHistoryDialogBot.open(bot);
		assertEquals(2, history.rowCount());
		assertEquals(text.instant(second.finishedAt()), history.row(0)[0], "newest first");
		assertEquals(System.getProperty("user.name"), history.row(1)[1]);
		assertTrue(history.row(1)[3].contains(procedure.getCaseNumber()), history.row(1)[3]);
		Screens.screenshot(bot, "offline-sync-history-" + NL);

		ReportDialogBot report = history.open(1);
		assertEquals(first.entries().size(), report.decisions().size());
		List<String[]> rows = report.decisions();
		String[] amount = rows.get(rowWith(rows, ValueLabels.column("CLAIMS", "AMOUNT")));
		report.select(entryNo(amount));
		report.restoreButton().click();
		bot.waitUntil(Condition.of("refused", () -> BotIds.exists(bot, org.eclipse.swt.widgets.Button.class,
				pau.ui.offline.internal.WidgetIds.BUTTON_PREFIX + "restoreRefused.0")));
		String message = report.message("restoreRefused");
		assertTrue(message.contains(text.amount(new BigDecimal("99"))) || message.contains("99"), message);
		Screens.screenshot(bot, "offline-sync-restore-refused-" + NL);
		report.acknowledge("restoreRefused");
		// The row says so from now on, and the button stays off for it.
		String[] refused = report.decisions().get(rowWith(report.decisions(), ValueLabels.column("CLAIMS", "AMOUNT")));
		assertEquals(Messages.Report_changedAgain, refused[5]);
		assertFalse(report.restoreButton().isEnabled(), "a value main changed again cannot be restored from here");
		assertEquals(0, new BigDecimal("99").compareTo((BigDecimal) main.valueInMain("SELECT AMOUNT FROM CLAIMS WHERE ID = ?", claim)),
				"nothing written");

		String[] court = rows.get(rowWith(rows, ValueLabels.column("PROCEDURES", "COURT")));
		report.select(entryNo(court));
		report.restoreButton().click();
		report.acknowledge("restored");
		assertEquals(OFFLINE_COURT, main.mainCourt(procedure.getId()));
		report.close().click();
		BotIds.waitUntilClosed(bot, report.shell());
		bot.waitUntil(Condition.of("restored count shown", () -> "1".equals(history.row(1)[5])));
		assertEquals(List.of(), CutTexts.in(bot, history.shell().widget()), "texts cut in the history");
		history.close().click();
		BotIds.waitUntilClosed(bot, history.shell());
	}
}
