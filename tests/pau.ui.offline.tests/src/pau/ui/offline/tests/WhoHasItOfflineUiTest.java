package pau.ui.offline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pau.app.internal.editors.ProcedureEditor;
import pau.model.Procedure;
import pau.ui.offline.internal.Messages;
import pau.ui.offline.internal.WidgetIds;
import pau.ui.offline.tests.pages.GoOfflineWizardBot;
import pau.ui.offline.tests.pages.HeldProcedureBot;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotButton;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.Condition;

/**
 * Issue 12, B14: in main mode a procedure a colleague has offline says so — in the procedures view,
 * in its editor before the first keystroke, and in the go-offline wizard, which asks before taking
 * it. The colleague's checkout is recorded in a real H2 main database as the engine records it.
 */
class WhoHasItOfflineUiTest {

	private static final String NL = Platform.getNL() != null && Platform.getNL().startsWith("ru") ? "ru" : "en";
	private static final String COLLEAGUE = "ru".equals(NL) ? "Иванов" : "Ivanov";
	private static final String LAPTOP = "laptop-7";
	private static final Instant SINCE = LocalDateTime.of(2026, 3, 12, 9, 30).atZone(ZoneId.systemDefault()).toInstant();

	private final Bot bot = new Bot();
	private final HeldProcedureBot held = new HeldProcedureBot(bot);
	private MainDatabase main;
	private Procedure heldOne;
	private Procedure freeOne;

	@BeforeEach
	void colleagueHasOneProcedureOffline() throws Exception {
		bot.workbenchShell();
		main = new MainDatabase();
		List<Procedure> procedures = main.procedures();
		heldOne = procedures.get(1);
		freeOne = procedures.get(2);
		main.checkedOutByColleague(heldOne.getId(), COLLEAGUE, LAPTOP, SINCE);
		held.refresh();
	}

	@AfterEach
	void restore() throws Exception {
		try {
			held.maximize(false);
			held.closeEditors();
			Screens.closeDialogs(bot);
		} finally {
			main.close();
		}
	}

	@Test
	void b14_proceduresViewSaysWhoHasItOfflineSinceWhen() {
		String expected = NLS.bind(pau.app.internal.common.Messages.Checkout_short, COLLEAGUE, "12.03.2026");
		held.waitForText(heldOne.getId(), HeldProcedureBot.OFFLINE_COLUMN, expected);
		assertNotNull(held.image(heldOne.getId(), HeldProcedureBot.OFFLINE_COLUMN), "an icon beside the text");
		assertNotNull(held.image(heldOne.getId(), 0), "and on the first column, which a narrow view shows");
		assertEquals("", held.text(freeOne.getId(), HeldProcedureBot.OFFLINE_COLUMN));
		assertNull(held.image(freeOne.getId(), 0));
		if ("en".equals(NL)) {
			assertEquals("offline with Ivanov since 12.03.2026", expected);
		} else {
			assertTrue(expected.contains("Иванов") && expected.contains("12.03.2026"), expected);
		}
		held.maximize(true);
		Screens.screenshot(bot, "b14-procedures-view-" + NL);
	}

	@Test
	void b14_editorShowsWhoHasItBeforeTheFirstKeystroke() {
		ProcedureEditor editor = held.open(heldOne);
		String banner = held.banner();
		assertTrue(banner.contains(COLLEAGUE), banner);
		assertTrue(banner.contains(LAPTOP), banner);
		assertTrue(banner.contains("12.03.2026 09:30"), banner);
		assertFalse(bot.syncExec(editor::isDirty), "shown on opening, before anything was typed");
		Screens.screenshot(bot, "b14-editor-banner-" + NL);
		held.closeEditors();

		held.open(freeOne);
		bot.widgetById(org.eclipse.swt.widgets.Text.class, "procedure.case");
		assertFalse(held.hasBanner(), "no banner for a procedure nobody has offline");
	}

	@Test
	void b14_goOfflineWizardAsksBeforeTakingAProcedureAColleagueHas() {
		GoOfflineWizardBot wizard = GoOfflineWizardBot.open(bot).waitForProcedures(6);
		int row = wizard.column(2).indexOf(heldOne.getCaseNumber());
		assertTrue(wizard.column(4).get(row).contains(COLLEAGUE), "the column names the colleague");
		wizard.check(row);
		bot.waitUntil(Condition.of("next enabled", () -> wizard.next().widget().isEnabled()));
		wizard.next().click();

		BotButton cancel = BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "takeHeld.1");
		String warning = dialogText(cancel);
		assertTrue(warning.contains(heldOne.getCaseNumber()) && warning.contains(COLLEAGUE), warning);
		assertTrue(bot.syncExec(() -> cancel.widget().getShell().getDefaultButton() == cancel.widget()),
				"Enter keeps the procedure where it is");
		Screens.screenshot(bot, "b14-wizard-warning-" + NL);
		cancel.click();
		bot.waitUntil(Condition.of("warning closed", () -> !BotIds.exists(bot, org.eclipse.swt.widgets.Button.class,
				WidgetIds.BUTTON_PREFIX + "takeHeld.1")));
		assertEquals(Messages.GoOffline_heldNotTaken, wizard.errorOrMessage());
		assertFalse(main.offline.state().isOffline(), "nothing taken without the user's yes");

		wizard.next().click();
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "takeHeld.0").click();
		wizard.acknowledgeSuccess();
		bot.waitUntil(Condition.of("Close enabled", () -> wizard.close().widget().isEnabled()));
		wizard.close().click();
		wizard.waitUntilClosed();
		assertTrue(main.offline.state().isOffline());
		assertEquals(List.of(heldOne.getId()), main.offline.state().procedures());
	}

	private String dialogText(BotButton button) {
		return bot.syncExec(() -> {
			StringBuilder all = new StringBuilder();
			collect(button.widget().getShell(), all);
			return all.toString();
		});
	}

	private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder all) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			all.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, all);
			}
		}
	}
}
