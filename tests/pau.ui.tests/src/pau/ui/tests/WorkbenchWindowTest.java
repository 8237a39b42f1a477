package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.junit.jupiter.api.Test;

import pau.ui.testkit.Bot;
import pau.ui.testkit.BotShell;

/**
 * The real product starts: its workbench window opens with the product's title and main menu.
 */
class WorkbenchWindowTest {

	private final Bot bot = new Bot();

	@Test
	void foundation_windowOpensWithTitlePauDesk() {
		BotShell window = bot.workbenchShell();
		bot.waitUntil(pau.ui.testkit.Condition.of("window title", () -> window.widget().getText().startsWith("PAU Desk")));
		assertEquals("PAU Desk", window.getText());
		bot.screenshot(new File("target/screenshots/foundation-window.png"));
	}

	@Test
	void foundation_mainMenuHasFileExitAndHelpAbout() {
		String file = Bot.strip(pau.app.internal.Messages.Menu_file);
		String help = Bot.strip(pau.app.internal.Messages.Menu_help);
		String exit = Bot.strip(pau.app.internal.Messages.Menu_exit);
		assertEquals(exit, bot.menu(file).menu(exit).getText());
		assertTrue(bot.menu(help).menu(Bot.strip(pau.app.internal.Messages.Menu_about)).isEnabled());
	}
}
