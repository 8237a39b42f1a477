package pau.ui.offline.tests.pages;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

import pau.ui.offline.internal.WidgetIds;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotButton;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotMenu;
import pau.ui.testkit.BotShell;

/**
 * Page object of Tools › Synchronization History (B1, B13).
 */
public final class SyncHistoryDialogBot {

	private final Bot bot;
	private final BotShell shell;

	private SyncHistoryDialogBot(Bot bot, BotShell shell) {
		this.bot = bot;
		this.shell = shell;
	}

	public static BotMenu menuItem(Bot bot) {
		String tools = Bot.strip(pau.app.internal.Messages.Menu_tools);
		String history = Platform.getResourceBundle(Platform.getBundle("pau.ui.offline")).getString("command.syncHistory.menu");
		return bot.menu(tools).menu(Bot.strip(history));
	}

	/** Opens the dialog through the main menu. */
	public static SyncHistoryDialogBot open(Bot bot) {
		menuItem(bot).click();
		Table table = bot.widgetById(Table.class, WidgetIds.HISTORY_TABLE);
		return new SyncHistoryDialogBot(bot, BotIds.shellOf(bot, table));
	}

	public BotShell shell() {
		return shell;
	}

	public Table table() {
		return bot.widgetById(Table.class, WidgetIds.HISTORY_TABLE);
	}

	/** The row's texts, all columns. */
	public String[] row(int index) {
		Table table = table();
		return bot.syncExec(() -> {
			String[] cells = new String[table.getColumnCount()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = table.getItem(index).getText(i);
			}
			return cells;
		});
	}

	public int rowCount() {
		Table table = table();
		return bot.syncExec(table::getItemCount);
	}

	/** Selects the row and opens its report. */
	public ReportDialogBot open(int index) {
		Table table = table();
		bot.syncExec(() -> {
			table.setSelection(index);
			Event event = new Event();
			event.item = table.getItem(index);
			table.notifyListeners(SWT.Selection, event);
		});
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "history.0").click();
		return ReportDialogBot.waitForIt(bot);
	}

	public BotButton close() {
		return BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "history.1");
	}
}
