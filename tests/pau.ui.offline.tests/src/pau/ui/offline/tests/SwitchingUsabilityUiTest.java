package pau.ui.offline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.SideValue;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.services.IEvaluationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import pau.app.internal.editors.ProcedureEditor;
import pau.model.Procedure;
import pau.store.Store;
import pau.ui.offline.internal.Messages;
import pau.ui.offline.internal.WidgetIds;
import pau.ui.offline.tests.pages.DiscardDialogBot;
import pau.ui.offline.tests.pages.GoOfflineWizardBot;
import pau.ui.offline.tests.pages.HeldProcedureBot;
import pau.ui.offline.tests.pages.OfflinePreferencePageBot;
import pau.ui.offline.tests.pages.StatusWidgetBot;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotMenu;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;

/**
 * Issue 12, item 5: switching back from the Tools menu and by key with the status widget's command
 * ids, the discard warning before any "Save?" question and a message after it, and the main
 * database's settings with Test connection and a checked URL.
 */
class SwitchingUsabilityUiTest {

	private static final String NL = Platform.getNL() != null && Platform.getNL().startsWith("ru") ? "ru" : "en";
	private static final String SYNCHRONIZE = "pau.ui.offline.synchronize";
	private static final String DISCARD = "pau.ui.offline.discard";

	private final Bot bot = new Bot();
	private MainDatabase main;

	@BeforeEach
	void startMainDatabase() throws Exception {
		bot.workbenchShell();
		main = new MainDatabase();
	}

	@AfterEach
	void restore(TestInfo test) throws Exception {
		try {
			new HeldProcedureBot(bot).closeEditors();
		} finally {
			Screens.afterTest(bot, test, main);
		}
	}

	private static BotMenu toolsItem(Bot bot, String commandKey) {
		String tools = Bot.strip(pau.app.internal.Messages.Menu_tools);
		String label = Platform.getResourceBundle(Platform.getBundle("pau.ui.offline")).getString(commandKey);
		return bot.menu(tools).menu(Bot.strip(label));
	}

	@Test
	void toolsMenuAndKeys_switchBackWithTheStatusWidgetsCommands() {
		BotMenu synchronize = toolsItem(bot, "command.synchronize");
		BotMenu discard = toolsItem(bot, "command.discard");
		assertEquals(SYNCHRONIZE, commandOf(synchronize), "one command per action: the widget's");
		assertEquals(DISCARD, commandOf(discard));
		assertFalse(synchronize.isEnabled(), "nothing to switch back from in main mode");
		assertFalse(discard.isEnabled());
		// Bindings are active in the workbench window's context: once a dialog of an earlier test has gone.
		bot.workbenchShell().activate();
		bot.waitUntil(Condition.of("a key that switches back to main mode", () -> PlatformUI.getWorkbench()
				.getService(IBindingService.class).getActiveBindingsFor(SYNCHRONIZE).length > 0));
		TriggerSequence[] keys = bot.syncExec(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
				.getActiveBindingsFor(SYNCHRONIZE));
		System.out.println("Switch to main mode key: " + keys[0].format());

		Procedure first = main.procedures().get(0);
		main.offline.goOffline(List.of(first.getId()), new NullProgressMonitor());
		BotMenu discardOffline = toolsItem(bot, "command.discard");
		BotMenu synchronizeOffline = toolsItem(bot, "command.synchronize");
		bot.waitUntil(Condition.of("Switch commands enabled offline",
				() -> enabledNow(discardOffline) && enabledNow(synchronizeOffline)));
		Screens.screenshot(bot, "offline-tools-menu-" + NL);
		discardOffline.click();

		DiscardDialogBot warning = DiscardDialogBot.waitForIt(bot);
		warning.confirmation().select(true);
		bot.waitUntil(Condition.of("Yes enabled", () -> warning.yes().widget().isEnabled()));
		warning.yes().click();
		assertEquals(Messages.Discard_done, DiscardDialogBot.acknowledgeDone(bot));
		bot.waitUntil(Condition.of("main mode", () -> !main.offline.state().isOffline()));
		assertEquals(Store.Kind.MAIN, main.active.current().kind());
	}

	@Test
	void discard_warningComesBeforeAnySaveQuestionAndAMessageFollows() throws Exception {
		Procedure first = main.procedures().get(0);
		main.offline.goOffline(List.of(first.getId()), new NullProgressMonitor());
		Procedure offlineCopy = main.active.current().records().find(Procedure.class, first.getId()).orElseThrow();
		HeldProcedureBot editors = new HeldProcedureBot(bot);
		ProcedureEditor editor = editors.open(offlineCopy);
		bot.typeInto("procedure.court", "typed offline, never saved");
		bot.waitUntil(Condition.of("editor dirty", editor::isDirty));

		toolsItem(bot, "command.discard").click();
		DiscardDialogBot warning = DiscardDialogBot.waitForIt(bot); // the first dialog: no "Save?" before it
		assertTrue(warning.message().endsWith(Messages.Discard_unsavedToo), warning.message());
		Screens.screenshot(bot, "offline-discard-unsaved-" + NL);
		warning.confirmation().select(true);
		bot.waitUntil(Condition.of("Yes enabled", () -> warning.yes().widget().isEnabled()));
		warning.yes().click();
		String done = DiscardDialogBot.acknowledgeDone(bot); // and no "Save?" after it either
		assertEquals(Messages.Discard_done, done);
		assertFalse(done.endsWith("..."));
		bot.waitUntil(Condition.of("editor closed", () -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]
				.getActivePage().getEditorReferences().length == 0));
		HeldProcedureBot view = new HeldProcedureBot(bot);
		bot.waitUntil(Condition.of("our own checkout is not shown as held after the discard",
				() -> view.view().loads() > 0 && "".equals(view.textNow(first.getId(), HeldProcedureBot.OFFLINE_COLUMN))));
		assertFalse(main.offline.state().isOffline());
		assertNotEquals("typed offline, never saved", main.mainCourt(first.getId()));
	}

	@Test
	void goOfflineWizard_cancelKeepsTheOpenEditorsAndItsUnsavedChanges() {
		Procedure first = main.procedures().get(0);
		ProcedureEditor editor = new HeldProcedureBot(bot).open(first);
		bot.typeInto("procedure.court", "typed, not saved yet");
		bot.waitUntil(Condition.of("editor dirty", editor::isDirty));

		GoOfflineWizardBot wizard = GoOfflineWizardBot.open(bot); // no "Save?" question before the wizard
		wizard.cancel().click();
		BotIds.waitUntilClosed(bot, wizard.shell());

		assertEquals(1, bot.syncExec(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
				.getEditorReferences().length), "the editor is still open");
		assertTrue(bot.syncExec(editor::isDirty), "with its unsaved change");
		assertFalse(main.offline.state().isOffline());
	}

	@Test
	void preferences_testConnectionInWordsAndOnlyJdbcUrls() {
		assertEquals(5, Platform.getPreferencesService().getInt("pau.ui.offline", "testConnection.timeoutSeconds", 0, null),
				"the preference initializer gives Test connection's timeout");
		OfflinePreferencePageBot page = OfflinePreferencePageBot.open(bot);
		assertTrue(page.looksReadOnly(WidgetIds.PREF_LOCATION), "read-only fields look read-only");
		assertTrue(page.looksReadOnly(WidgetIds.PREF_PROCEDURES));

		assertEquals(Messages.Pref_testOk, page.testConnection(Messages.Pref_testRunning));
		Screens.screenshot(bot, "offline-preferences-test-ok-" + NL);

		page.setUrl("jdbc:h2:tcp://localhost:1/nothing-listens-here");
		String failed = page.testConnection(Messages.Pref_testRunning);
		assertTrue(failed.startsWith(NLS.bind(Messages.Pref_testFailed, "")), failed);
		assertFalse(failed.contains("Exception"), "in words, not a stack trace: " + failed);
		Screens.screenshot(bot, "offline-preferences-test-failed-" + NL);
		// OK on settings Test Connection just rejected asks first; No keeps the dialog and the old settings.
		page.ok();
		BotShell question = bot.shell(Messages.Pref_useRejectedTitle);
		Screens.screenshot(bot, "offline-preferences-use-rejected-" + NL);
		question.bot().button(Bot.strip(org.eclipse.jface.dialogs.IDialogConstants.NO_LABEL)).click();
		question.waitUntilClosed();
		assertTrue(page.shell().isOpen(), "the Preferences dialog stays open");
		assertEquals(main.settings.url(), main.active.mainSettings().url(), "nothing applied");

		page.setUrl("http://server/pau");
		assertEquals(Messages.Pref_urlInvalid, page.errorMessage());
		assertFalse(page.testButton().isEnabled(), "nothing to test");
		Screens.screenshot(bot, "offline-preferences-bad-url-" + NL);
		page.setUrl(main.settings.url());
		assertNull(page.errorMessage());
		page.close(); // Cancel: the settings stay as they were
		assertEquals(main.settings.url(), main.active.mainSettings().url());
	}

	/** The id of the command behind a menu item (a 3.x or an e4 contribution item). UI thread inside. */
	/**
	 * R2 (issue 19): the status widget is a declared trim contribution, shown while the expression on
	 * the offline mode holds; its elements are never saved with the window, and in main mode nothing of
	 * it is rendered, so the top trim is no empty band under the menu.
	 */
	@Test
	void r2_statusWidgetFollowsTheModeAsADeclaredTrimContributionNeverSaved() throws Exception {
		StatusWidgetBot widget = new StatusWidgetBot(bot);
		assertFalse(widget.isVisible(), "no status widget in main mode");
		assertEquals("main", modeVariable());
		assertTrue(topTrimHeight() < 60, "top trim height in main mode " + topTrimHeight());

		main.offline.goOffline(List.of(main.procedures().get(0).getId()), new NullProgressMonitor());
		bot.waitUntil(Condition.of("the status widget shown offline", widget::isVisible));
		assertEquals("offline", modeVariable());
		assertTrue(widget.isAtTheRight(), "at the right of the top trim bar");
		assertTrue(topTrimHeight() < 60, "top trim height offline " + topTrimHeight());
		MUIElement bar = bot.syncExec(() -> {
			var workbenchWindow = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			MWindow window = workbenchWindow.getService(MWindow.class);
			return workbenchWindow.getService(EModelService.class).find("pau.ui.offline.trim.statusBar", window);
		});
		assertNotNull(bar, "the contribution's tool bar in the window's top trim");
		assertEquals("false", bot.syncExec(() -> bar.getPersistedState().get(IWorkbench.PERSIST_STATE)),
				"a contribution's copy: never saved with the window");

		main.offline.discard();
		bot.waitUntil(Condition.of("the status widget gone in main mode", () -> !widget.isVisible()));
		assertEquals("main", modeVariable());
	}

	private String modeVariable() {
		return bot.syncExec(() -> String.valueOf(PlatformUI.getWorkbench().getService(IEvaluationService.class)
				.getCurrentState().getVariable("pau.ui.offline.mode")));
	}

	private int topTrimHeight() {
		return bot.syncExec(() -> {
			var workbenchWindow = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			MWindow window = workbenchWindow.getService(MWindow.class);
			MTrimBar top = workbenchWindow.getService(EModelService.class).getTrim((MTrimmedWindow) window, SideValue.TOP);
			return top.getWidget() instanceof org.eclipse.swt.widgets.Control control && control.isVisible()
					? control.getSize().y : 0;
		});
	}

	@Test
	void claimsRegister_queuesInTheLawsOrderAndAmountsRightAligned() {
		Procedure procedure = null;
		for (Procedure candidate : main.procedures()) {
			List<pau.model.Claim> claims = main.active.main().records().ofProcedure(pau.model.Claim.class, candidate.getId());
			if (claims.stream().anyMatch(c -> c.getQueue() == pau.model.ClaimQueue.AFTER_REGISTER)
					&& claims.stream().anyMatch(c -> c.getQueue() != pau.model.ClaimQueue.AFTER_REGISTER)) {
				procedure = candidate;
				break;
			}
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(procedure != null, "demo data with claims after the register");
		ProcedureEditor editor = new HeldProcedureBot(bot).open(procedure);
		bot.syncExec(() -> editor.setActivePage("claims"));
		org.eclipse.swt.widgets.Table table = bot.widgetById(org.eclipse.swt.widgets.Table.class, "claims.table");
		List<String> order = java.util.Arrays.stream(pau.model.ClaimQueue.values()).map(pau.model.ValueLabels::of).toList();
		List<Integer> ranks = bot.tableTexts(table, 2).stream().map(order::indexOf).toList();
		assertTrue(ranks.stream().allMatch(r -> r >= 0), "queue labels " + bot.tableTexts(table, 2));
		for (int i = 1; i < ranks.size(); i++) {
			assertTrue(ranks.get(i - 1) <= ranks.get(i), "first, second, third, then after the register: " + ranks);
		}
		assertEquals(org.eclipse.swt.SWT.RIGHT, (int) bot.syncExec(() -> table.getColumn(1).getAlignment()),
				"amounts right-aligned");
		Screens.screenshot(bot, "procedure-editor-claims-order-" + NL);
	}

	private String commandOf(BotMenu item) {
		return bot.syncExec(() -> {
			Object data = item.widget().getData();
			assertNotNull(data, "a contribution item behind the menu item");
			if (data instanceof CommandContributionItem command) {
				return command.getCommand().getId();
			}
			try { // e4's HandledContributionItem: its model names the command
				Object model = data.getClass().getMethod("getModel").invoke(data);
				Object command = model.getClass().getMethod("getCommand").invoke(model);
				return (String) command.getClass().getMethod("getElementId").invoke(command);
			} catch (ReflectiveOperationException e) {
				return data.toString();
			}
		});
	}

	/** Whether the item is enabled after its menu was about to show (which updates it). UI thread. */
	private static boolean enabledNow(BotMenu item) {
		org.eclipse.swt.widgets.Menu parent = item.widget().getParent();
		parent.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		parent.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		return item.widget().isEnabled();
	}

	private static void assertNotEquals(Object unexpected, Object actual) {
		org.junit.jupiter.api.Assertions.assertNotEquals(unexpected, actual);
	}
}
