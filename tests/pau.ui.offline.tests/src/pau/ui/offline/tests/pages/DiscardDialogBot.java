package pau.ui.offline.tests.pages;

import org.eclipse.swt.widgets.Label;

import pau.ui.offline.internal.WidgetIds;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotButton;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotShell;

/**
 * Page object of the warning before the offline changes are deleted (R6, B12).
 */
public final class DiscardDialogBot {

	private final Bot bot;
	private final BotShell shell;

	private DiscardDialogBot(Bot bot, BotShell shell) {
		this.bot = bot;
		this.shell = shell;
	}

	/** Waits for the warning to open. */
	public static DiscardDialogBot waitForIt(Bot bot) {
		Label message = bot.widgetById(Label.class, WidgetIds.DISCARD_MESSAGE);
		return new DiscardDialogBot(bot, BotIds.shellOf(bot, message));
	}

	public BotShell shell() {
		return shell;
	}

	public String message() {
		Label message = bot.widgetById(Label.class, WidgetIds.DISCARD_MESSAGE);
		return bot.syncExec(() -> message.getText());
	}

	public BotButton confirmation() {
		return BotIds.button(bot, WidgetIds.DISCARD_CONFIRM);
	}

	public BotButton yes() {
		return BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "discard.0");
	}

	public BotButton no() {
		return BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "discard.1");
	}

	public String confirmationText() {
		return bot.syncExec(() -> confirmation().widget().getText());
	}

	/** Waits for the message that follows a discard, presses its OK and returns its text. */
	public static String acknowledgeDone(Bot bot) {
		BotButton ok = BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "discarded.0");
		String text = bot.syncExec(() -> {
			StringBuilder all = new StringBuilder();
			for (org.eclipse.swt.widgets.Control c : ok.widget().getShell().getChildren()) {
				collect(c, all);
			}
			return all.toString().strip();
		});
		BotShell shell = BotIds.shellOf(bot, ok.widget());
		ok.click();
		BotIds.waitUntilClosed(bot, shell);
		return text;
	}

	private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder all) {
		if (control instanceof Label label && !label.getText().isEmpty()) {
			all.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, all);
			}
		}
	}
}
