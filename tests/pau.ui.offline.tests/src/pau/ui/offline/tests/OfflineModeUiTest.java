package pau.ui.offline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import pau.model.Procedure;
import pau.store.Store;
import pau.ui.offline.internal.Messages;
import pau.ui.offline.internal.WidgetIds;
import pau.ui.offline.tests.pages.DiscardDialogBot;
import pau.ui.offline.tests.pages.GoOfflineWizardBot;
import pau.ui.offline.tests.pages.OfflinePreferencePageBot;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;

/**
 * Issue 6: the offline mode in the real product, one scenario per requirement of the spec, driven
 * through the UI; the main database is an H2 TCP server started for each test.
 */
class OfflineModeUiTest extends OfflineUiFixture {

	private static final String APP_TITLE = "PAU Desk";

	@Test
	void r1_goOfflineWizard_copiesTheTwoSelectedProcedures() throws Exception {
		List<Procedure> procedures = main.procedures();
		GoOfflineWizardBot wizard = GoOfflineWizardBot.open(bot).waitForProcedures(6);
		assertFalse(wizard.next().isEnabled(), "Next needs a selection");
		assertEquals(procedures.stream().map(Procedure::getCaseNumber).toList(), wizard.column(2));

		String oneCase = procedures.get(3).getCaseNumber();
		wizard.filter(oneCase);
		bot.waitUntil(Condition.of("filtered", () -> wizard.rowCount() == 1));
		wizard.selectAll().click();
		bot.waitUntil(Condition.of("next enabled", () -> wizard.next().widget().isEnabled()));
		wizard.deselectAll().click();
		bot.waitUntil(Condition.of("next disabled", () -> !wizard.next().widget().isEnabled()));
		wizard.filter("");
		wizard.waitForProcedures(6);

		wizard.check(0).check(1);
		assertEquals(List.of(true, true, false, false, false, false), wizard.checkedRows());
		bot.waitUntil(Condition.of("count shown", () -> wizard.countText().startsWith("2")
				|| wizard.countText().contains(" 2 ")));
		Screens.screenshot(bot, "offline-wizard-" + NL);
		wizard.next().click();

		boolean[] progressSeen = new boolean[1];
		bot.waitUntil(Condition.of("success message", () -> {
			progressSeen[0] |= wizard.progressShowing();
			return BotIds.exists(bot, org.eclipse.swt.widgets.Button.class,
					WidgetIds.BUTTON_PREFIX + "goOfflineSuccess.0");
		}), 60_000);
		Screens.screenshot(bot, "offline-wizard-success-" + NL);
		assertEquals(Messages.GoOffline_success, wizard.acknowledgeSuccess());
		bot.waitUntil(Condition.of("Close enabled", () -> wizard.close().widget().isEnabled()));
		assertFalse(wizard.cancel().isEnabled(), "nothing to cancel after going offline");
		Screens.screenshot(bot, "offline-wizard-done-" + NL);
		wizard.close().click();
		wizard.waitUntilClosed();

		Set<UUID> selected = Set.of(procedures.get(0).getId(), procedures.get(1).getId());
		assertTrue(main.offline.state().isOffline());
		assertEquals(selected, Set.copyOf(main.offline.state().procedures()));
		Store current = main.active.current();
		assertEquals(Store.Kind.OFFLINE, current.kind());
		assertEquals(selected,
				current.records().all(Procedure.class).stream().map(Procedure::getId).collect(Collectors.toSet()));
		assertFalse(GoOfflineWizardBot.menuItem(bot).isEnabled(), "Go offline… is disabled while offline");
		System.out.println("R1: progress bar seen while copying: " + progressSeen[0]);
	}

	/**
	 * The list changes once typing pauses (issue 21 item 6), and Select all pressed before it has paused
	 * takes the rows of what was typed, not those shown a moment before.
	 */
	@Test
	void issue21_item6_selectAllRightAfterTyping_checksOnlyTheRowsOfWhatWasTyped() {
		List<Procedure> procedures = main.procedures();
		GoOfflineWizardBot wizard = GoOfflineWizardBot.open(bot).waitForProcedures(6);
		wizard.filter(procedures.get(3).getCaseNumber());
		wizard.selectAll().click();
		bot.waitUntil(Condition.of("the one row typed for", () -> wizard.rowCount() == 1));
		assertEquals(List.of(true), wizard.checkedRows());

		wizard.filter("");
		wizard.waitForProcedures(6);
		assertEquals(List.of(false, false, false, true, false, false), wizard.checkedRows());
		wizard.shell().close();
		wizard.waitUntilClosed();
	}

	@Test
	void r2_offlineModeShowsTitleSuffixAndStatusWidgetAtTheRight() {
		assertEquals(APP_TITLE, titleOfWindow());
		assertFalse(widget.isVisible(), "no status widget in main mode");

		goOfflineWithFirstProcedure();

		bot.waitUntil(Condition.of("title with suffix",
				() -> titleOfWindow().equals(NLS.bind(Messages.Title_withSuffix, APP_TITLE))));
		bot.waitUntil(Condition.of("status widget shown", widget::isVisible));
		assertTrue(widget.isAtTheRight(), "the widget sits at the right of the top trim bar");
		Screens.screenshot(bot, "offline-window-" + NL);

		main.offline.discard();
		bot.waitUntil(Condition.of("title without suffix", () -> titleOfWindow().equals(APP_TITLE)));
		bot.waitUntil(Condition.of("status widget hidden", () -> !widget.isVisible()));
	}

	@Test
	void r3_preferencePageShowsTheCurrentMode() {
		OfflinePreferencePageBot page = OfflinePreferencePageBot.open(bot);
		assertEquals(Messages.Mode_main, page.mode());
		assertEquals(main.settings.url(), page.url());
		assertEquals("sa", page.user());
		assertTrue(page.isUrlEditable());
		assertFalse(page.switchButton().isEnabled(), "Switch only while offline");
		page.close();

		Procedure first = goOfflineWithFirstProcedure();
		page = OfflinePreferencePageBot.open(bot);
		assertEquals(Messages.Mode_offline, page.mode());
		assertNotEquals(Messages.Pref_none, page.since());
		OfflinePreferencePageBot opened = page;
		bot.waitUntil(Condition.of("procedure names", () -> opened.procedures().contains(first.getCaseNumber())));
		assertEquals(String.valueOf(main.offline.state().offlineDirectory()), page.location());
		assertEquals(main.settings.url(), page.url());
		assertFalse(page.isUrlEditable(), "main cannot change while offline");
		assertTrue(page.switchButton().isEnabled());
		Screens.screenshot(bot, "offline-preferences-" + NL);
		page.close();
	}

	@Test
	void r4_switchToMainMode_synchronizesTheOfflineEdit() throws Exception {
		Procedure first = goOfflineWithFirstProcedure();
		main.editCourtOffline(first.getId(), "Арбитражный суд Московской области (изменено в автономном режиме)");

		bot.waitUntil(Condition.of("status widget", widget::isVisible));
		bot.waitUntil(Condition.of("connected", () -> !widget.showsRedCross()
				&& Messages.Widget_connected.equals(widget.statusText())), 10_000);
		widget.open();
		assertEquals(Messages.Widget_synchronize, widget.synchronizeText());
		assertEquals(Messages.Widget_discard, widget.discardText());
		assertTrue(widget.isSynchronizeEnabled());
		Screens.screenshot(bot, "offline-dropdown-connected-" + NL);
		widget.clickSynchronize();

		// B2: the preview first, then the synchronization.
		BotShell preview = bot.shell(Messages.Sync_previewTitle);
		Screens.screenshot(bot, "offline-sync-preview-" + NL);
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "report.0").click();
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "synchronized.0").click();
		BotIds.waitUntilClosed(bot, preview);
		BotShell report = bot.shell(Messages.Report_title);
		org.eclipse.swt.widgets.Tree table = bot.widgetById(org.eclipse.swt.widgets.Tree.class, WidgetIds.REPORT_TABLE);
		assertTrue(bot.syncExec(() -> table.getItemCount()) > 0, "the report lists what was done");
		assertTrue(bot.syncExec(() -> table.getItem(0).getText(0)).contains(first.getCaseNumber()), "grouped by procedure (B1)");
		Screens.screenshot(bot, "offline-sync-report-" + NL);
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "report.1").click();
		BotIds.waitUntilClosed(bot, report);

		assertFalse(main.offline.state().isOffline());
		assertEquals(Store.Kind.MAIN, main.active.current().kind());
		assertEquals("Арбитражный суд Московской области (изменено в автономном режиме)", main.mainCourt(first.getId()));
		bot.waitUntil(Condition.of("title without suffix", () -> titleOfWindow().equals(APP_TITLE)));
	}

	@Test
	void issue20_synchronizeAndStayOffline_handsInTheWorkAndTheOfficesChangeArrives() throws Exception {
		Procedure first = goOfflineWithFirstProcedure();
		java.time.Instant since = main.offline.state().since();
		main.editCourtOffline(first.getId(), "Суд, изменено вечером в автономном режиме");
		main.execMain("UPDATE PROCEDURES SET START_DATE = DATE '2020-01-15' WHERE ID = ?", first.getId()); // a colleague

		bot.waitUntil(Condition.of("status widget", widget::isVisible));
		bot.waitUntil(Condition.of("connected", () -> Messages.Widget_connected.equals(widget.statusText())), 10_000);
		widget.clickSynchronizeStayOffline();
		BotShell preview = bot.shell(Messages.Sync_previewTitle);
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "report.0").click();
		BotIds.waitUntilClosed(bot, preview);
		var ok = BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "synchronized.0"); // after the progress
		BotShell done = bot.shell(Messages.SyncStay_title);
		Screens.screenshot(bot, "offline-sync-stay-" + NL);
		ok.click();
		BotIds.waitUntilClosed(bot, done);
		BotShell report = bot.shell(Messages.Report_title);
		String summary = pau.ui.offline.tests.pages.ReportDialogBot.waitForIt(bot).summary();
		assertTrue(summary.contains("ru".equals(NL) ? "остаются в автономной работе" : "stay offline"), "the report says so: " + summary);
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "report.1").click();
		BotIds.waitUntilClosed(bot, report);

		assertTrue(main.offline.state().isOffline(), "still offline");
		assertEquals(since, main.offline.state().since(), "offline since the first day");
		assertNotNull(main.offline.state().lastSync());
		assertEquals(Store.Kind.OFFLINE, main.active.current().kind());
		assertEquals("Суд, изменено вечером в автономном режиме", main.mainCourt(first.getId()), "handed in");
		try (java.sql.Connection c = main.active.current().dataSource().getConnection();
				java.sql.PreparedStatement select = c.prepareStatement("SELECT START_DATE FROM PROCEDURES WHERE ID = ?")) {
			select.setObject(1, first.getId());
			try (java.sql.ResultSet rs = select.executeQuery()) {
				assertTrue(rs.next());
				assertEquals("2020-01-15", rs.getString(1), "the office's change arrived in the copy");
			}
		}
		assertTrue(widget.isVisible(), "the status widget stays");
		assertTrue(titleOfWindow().endsWith(org.eclipse.osgi.util.NLS.bind(Messages.Title_withSuffix, "")), "the title says offline");
	}

	@Test
	void issue20_getTheOfficesChanges_arriveAndTheOfflineEditStays() throws Exception {
		Procedure first = goOfflineWithFirstProcedure();
		main.editCourtOffline(first.getId(), "Суд, изменено в автономном режиме");
		main.execMain("UPDATE PROCEDURES SET START_DATE = DATE '2020-01-16' WHERE ID = ?", first.getId()); // a colleague

		bot.waitUntil(Condition.of("status widget", widget::isVisible));
		bot.waitUntil(Condition.of("connected", () -> Messages.Widget_connected.equals(widget.statusText())), 10_000);
		widget.clickRefresh();
		var ok = BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "refreshed.0");
		BotShell done = bot.shell(Messages.Refresh_title);
		Screens.screenshot(bot, "offline-refreshed-" + NL);
		ok.click();
		BotIds.waitUntilClosed(bot, done);

		assertTrue(main.offline.state().isOffline(), "still offline, nothing handed in");
		assertEquals("Суд, изменено в автономном режиме", main.currentCourt(first.getId()), "the offline edit stays");
		assertNotEquals("Суд, изменено в автономном режиме", main.mainCourt(first.getId()), "and is not handed in");
		try (java.sql.Connection c = main.active.current().dataSource().getConnection();
				java.sql.PreparedStatement select = c.prepareStatement("SELECT START_DATE FROM PROCEDURES WHERE ID = ?")) {
			select.setObject(1, first.getId());
			try (java.sql.ResultSet rs = select.executeQuery()) {
				assertTrue(rs.next());
				assertEquals("2020-01-16", rs.getString(1), "the office's change arrived");
			}
		}
	}

	@Test
	void issue20_takeMoreWhileOffline_theWizardAddsAProcedureToTheCopyInUse() throws Exception {
		Procedure first = goOfflineWithFirstProcedure();
		java.util.UUID checkout = main.offline.state().checkoutId();
		int all = main.procedures().size();
		bot.waitUntil(Condition.of("status widget", widget::isVisible));
		bot.waitUntil(Condition.of("connected", () -> Messages.Widget_connected.equals(widget.statusText())), 10_000);
		widget.clickTake();
		GoOfflineWizardBot wizard = GoOfflineWizardBot.opened(bot).waitForProcedures(all - 1);
		assertEquals(all - 1, wizard.rowCount(), "the procedure offline already is not offered");
		assertEquals(Messages.Take_windowTitle, wizard.shell().getText());
		wizard.check(0);
		wizard.next().click();
		var ok = BotIds.button(bot, "pau.ui.offline.button.goOfflineSuccess.0");
		Screens.screenshot(bot, "offline-take-more-" + NL);
		ok.click();
		wizard.close().click();
		wizard.waitUntilClosed();

		assertTrue(main.offline.state().isOffline());
		assertEquals(2, main.offline.state().procedures().size(), "one more procedure offline");
		assertTrue(main.offline.state().procedures().contains(first.getId()), "the first one kept");
		assertEquals(checkout, main.offline.state().checkoutId(), "the same copy and checkout");
	}

	@Test
	void r5_noConnection_redCrossAndStatusText_thenConnectedAgain() throws Exception {
		goOfflineWithFirstProcedure();
		bot.waitUntil(Condition.of("status widget", widget::isVisible));
		bot.waitUntil(Condition.of("connected", () -> Messages.Widget_connected.equals(widget.statusText())), 10_000);

		main.stop();
		bot.waitUntil(Condition.of("red cross and no-connection status", () -> widget.showsRedCross()
				&& Messages.Widget_disconnected.equals(widget.statusText())), 10_000);
		widget.open();
		assertFalse(widget.isSynchronizeEnabled(), "no synchronization without a connection");
		Screens.screenshot(bot, "offline-dropdown-no-connection-" + NL);
		widget.hide();

		main.restart();
		bot.waitUntil(Condition.of("connected again", () -> !widget.showsRedCross()
				&& Messages.Widget_connected.equals(widget.statusText())), 10_000);
		assertTrue(main.offline.state().isOffline(), "offline work went on");
	}

	@Test
	void r6_switchWithoutSynchronizationViaDropDown() throws Exception {
		Procedure first = goOfflineWithFirstProcedure();
		String court = main.mainCourt(first.getId());
		main.editCourtOffline(first.getId(), "изменено и отброшено");
		bot.waitUntil(Condition.of("status widget", widget::isVisible));
		widget.open();
		widget.clickDiscard();

		DiscardDialogBot warning = DiscardDialogBot.waitForIt(bot);
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.Discard_message, new Object[] { 0, 1, 0 }), warning.message(),
				"B12: nothing created, one record changed, nothing deleted");
		assertEquals(Messages.Discard_confirm, warning.confirmationText());
		assertFalse(warning.yes().isEnabled(), "Yes only when ticked");
		warning.confirmation().select(true);
		bot.waitUntil(Condition.of("Yes enabled", () -> warning.yes().widget().isEnabled()));
		Screens.screenshot(bot, "offline-discard-" + NL);
		warning.yes().click();
		BotIds.waitUntilClosed(bot, warning.shell());
		assertEquals(Messages.Discard_done, DiscardDialogBot.acknowledgeDone(bot));

		bot.waitUntil(Condition.of("main mode", () -> !main.offline.state().isOffline()));
		assertEquals(Store.Kind.MAIN, main.active.current().kind());
		assertEquals(court, main.mainCourt(first.getId()), "main untouched");
		bot.waitUntil(Condition.of("status widget hidden", () -> !widget.isVisible()));
	}

	@Test
	void r6_switchWithoutSynchronizationViaPreferencePage() throws Exception {
		Procedure first = goOfflineWithFirstProcedure();
		String court = main.mainCourt(first.getId());
		main.editCourtOffline(first.getId(), "изменено и отброшено");
		OfflinePreferencePageBot page = OfflinePreferencePageBot.open(bot);
		page.switchButton().click();

		DiscardDialogBot warning = DiscardDialogBot.waitForIt(bot);
		assertFalse(warning.yes().isEnabled(), "Yes only when ticked");
		warning.no().click();
		BotIds.waitUntilClosed(bot, warning.shell());
		assertTrue(main.offline.state().isOffline(), "No keeps the offline work");
		assertEquals("изменено и отброшено", main.currentCourt(first.getId()));

		page.switchButton().click();
		warning = DiscardDialogBot.waitForIt(bot);
		warning.confirmation().select(true);
		DiscardDialogBot ticked = warning;
		bot.waitUntil(Condition.of("Yes enabled", () -> ticked.yes().widget().isEnabled()));
		warning.yes().click();
		BotIds.waitUntilClosed(bot, warning.shell());
		assertEquals(Messages.Discard_done, DiscardDialogBot.acknowledgeDone(bot));

		bot.waitUntil(Condition.of("page shows main mode", () -> Messages.Mode_main.equals(page.mode())));
		assertFalse(page.switchButton().isEnabled());
		assertFalse(main.offline.state().isOffline());
		assertEquals(court, main.mainCourt(first.getId()), "main untouched");
		page.close();
	}

	@Test
	void r7_goOfflineAgainAfterReturning() throws Exception {
		for (int round = 1; round <= 2; round++) {
			assertTrue(GoOfflineWizardBot.menuItem(bot).isEnabled(), "Go offline… enabled in main mode, round " + round);
			GoOfflineWizardBot wizard = GoOfflineWizardBot.open(bot).waitForProcedures(6);
			wizard.check(round);
			wizard.next().click();
			wizard.acknowledgeSuccess();
			bot.waitUntil(Condition.of("Close enabled", () -> wizard.close().widget().isEnabled()));
			wizard.close().click();
			wizard.waitUntilClosed();
			assertTrue(main.offline.state().isOffline(), "offline, round " + round);
			assertEquals(List.of(main.procedures().get(round).getId()), main.offline.state().procedures());
			main.offline.synchronize(new NullProgressMonitor());
			assertFalse(main.offline.state().isOffline());
		}
	}

	@Test
	void b7_russianUiUsesTheWordingOfTheSeed() {
		org.junit.jupiter.api.Assumptions.assumeTrue("ru".equals(NL),
				"checked in the Russian run of test-all.sh (-Dpau.test.nl=ru)");
		assertEquals("Вы успешно перешли в автономный режим.", Messages.GoOffline_success);
		assertEquals("Статус: нет связи с основной базой", Messages.Widget_disconnected);
		assertEquals("Переход в основной режим работы…", Messages.Widget_synchronize);
		assertEquals("Переход в основной режим работы без синхронизации…", Messages.Widget_discard);
		assertEquals("Да, удалить все изменения, произведённые в автономном режиме", Messages.Discard_confirm);
		assertEquals("Автономный режим", Messages.Mode_offline);
		assertEquals("Переход в автономный режим…", GoOfflineWizardBot.menuItem(bot).getText());
	}
}
