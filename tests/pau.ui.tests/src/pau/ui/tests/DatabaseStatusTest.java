package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.custom.CLabel;
import org.junit.jupiter.api.Test;

import pau.app.internal.DatabaseStatusItem;
import pau.app.internal.Messages;
import pau.app.internal.common.Databases;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;
import pau.ui.tests.pages.ProceduresViewBot;

/**
 * The status bar names the database the window works on; an unreachable main database gives a clear
 * error dialog and an empty tree with Retry, not a crash.
 */
@org.junit.jupiter.api.extension.ExtendWith(ScreenshotOnFailure.class)
class DatabaseStatusTest {

	private final Bot bot = new Bot();
	private final ProceduresViewBot view = new ProceduresViewBot(bot);

	private String statusText() {
		CLabel label = bot.widgetById(CLabel.class, DatabaseStatusItem.ID);
		return bot.syncExec(label::getText);
	}

	@Test
	void statusBar_showsTheMainDatabase() {
		ActiveDatabase database = Databases.active();
		String expected = Messages.bind(Messages.Status_main, database.mainSettings().place());
		bot.waitUntil(Condition.of("the status bar to name the main database", () -> expected.equals(statusText())));
	}

	@Test
	void mainDatabaseUnreachable_showsErrorDialog_andRetryRecovers() {
		ActiveDatabase database = Databases.active();
		DatabaseSettings original = database.mainSettings();
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		view.waitLoaded();
		String unreachable = "jdbc:h2:tcp://127.0.0.1:9/nowhere";
		try {
			database.setMainSettings(new DatabaseSettings(unreachable, "sa", ""));
			BotShell dialog = bot.shell(pau.app.internal.views.Messages.ProceduresView_errorTitle);
			bot.screenshot(new File("target/screenshots/main-database-unreachable.png"));
			dialog.bot().button(IDialogConstants.OK_LABEL).click();
			dialog.waitUntilClosed();
			assertNotNull(view.problem());
			bot.screenshot(new File("target/screenshots/procedures-problem.png"));
			// Issue 19: the problem's words whole, wrapped to the view, Retry beside none of them.
			assertEquals(java.util.List.of(), pau.ui.testkit.CutTexts.in(bot, bot.syncExec(() -> view.tree().getParent())),
					"texts cut in the procedures view");
			assertEquals(0, view.topLevelCount());
			assertEquals(Messages.bind(Messages.Status_main, new DatabaseSettings(unreachable, null, null).place()), statusText(),
					"the place in words, not the URL");
		} finally {
			database.setMainSettings(original);
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		bot.waitUntil(Condition.of("the procedures to come back", () -> view.topLevelCount() > 0));
		assertNull(view.problem());
	}
}
