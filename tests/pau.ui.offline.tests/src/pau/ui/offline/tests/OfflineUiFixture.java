package pau.ui.offline.tests;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import pau.model.Procedure;
import pau.ui.offline.internal.Messages;
import pau.ui.offline.tests.pages.StatusWidgetBot;
import pau.ui.testkit.Bot;
import pau.ui.testkit.Condition;

/**
 * What the offline mode's UI tests start from: the running product in main mode, pointed at a main database
 * on an H2 TCP server started for each test, its window's title saying main mode; afterwards a screenshot,
 * and the product put back as it was ({@link Screens#afterTest}).
 */
abstract class OfflineUiFixture {

	/** The language the product runs in: screenshots are named by it. */
	static final String NL = Platform.getNL() != null && Platform.getNL().startsWith("ru") ? "ru" : "en";

	final Bot bot = new Bot();
	final StatusWidgetBot widget = new StatusWidgetBot(bot);
	MainDatabase main;

	@BeforeEach
	void startMainDatabase() throws Exception {
		bot.workbenchShell();
		main = new MainDatabase();
		bot.waitUntil(Condition.of("main mode shown", () -> !titleOfWindow().contains(suffix())));
	}

	@AfterEach
	void restore(TestInfo test) throws Exception {
		Screens.afterTest(bot, test, main);
	}

	/** Takes main's first procedure offline through the service, as the wizard would. */
	Procedure goOfflineWithFirstProcedure() {
		Procedure first = main.procedures().get(0);
		main.offline.goOffline(List.of(first.getId()), new NullProgressMonitor());
		return first;
	}

	/** What the window's title ends with in offline mode. */
	static String suffix() {
		return NLS.bind(Messages.Title_withSuffix, "");
	}

	String titleOfWindow() {
		return bot.workbenchShell().getText();
	}
}
