package pau.ui.offline.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import pau.ui.offline.internal.Messages;
import pau.ui.offline.internal.WidgetIds;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotButton;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotMenu;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;

/**
 * Page object of the "Go offline" wizard (R1).
 */
public final class GoOfflineWizardBot {

	private final Bot bot;
	private final BotShell shell;

	private GoOfflineWizardBot(Bot bot, BotShell shell) {
		this.bot = bot;
		this.shell = shell;
	}

	/** The main menu item Tools > Go offline…. */
	public static BotMenu menuItem(Bot bot) {
		String tools = Bot.strip(pau.app.internal.Messages.Menu_tools);
		String goOffline = Platform.getResourceBundle(Platform.getBundle("pau.ui.offline")).getString("command.goOffline.menu");
		return bot.menu(tools).menu(goOffline);
	}

	/** Opens the wizard through the main menu. */
	public static GoOfflineWizardBot open(Bot bot) {
		menuItem(bot).click();
		Table table = bot.widgetById(Table.class, WidgetIds.WIZARD_TABLE);
		return new GoOfflineWizardBot(bot, BotIds.shellOf(bot, table));
	}

	/** The wizard opened by other means (the status widget's Take More Procedures Offline…), once it shows. */
	public static GoOfflineWizardBot opened(Bot bot) {
		Table table = bot.widgetById(Table.class, WidgetIds.WIZARD_TABLE);
		return new GoOfflineWizardBot(bot, BotIds.shellOf(bot, table));
	}

	public BotShell shell() {
		return shell;
	}

	public Table table() {
		return bot.widgetById(Table.class, WidgetIds.WIZARD_TABLE);
	}

	/** Waits until the table lists this many procedures. */
	public GoOfflineWizardBot waitForProcedures(int count) {
		Table table = table();
		bot.waitUntil(Condition.of(count + " procedures in the wizard", () -> table.getItemCount() == count));
		return this;
	}

	public int rowCount() {
		Table table = table();
		return bot.syncExec(() -> table.getItemCount());
	}

	/** The cell texts of the column (0 debtor, 1 type, 2 case number, 3 status, 4 offline at). */
	public List<String> column(int index) {
		Table table = table();
		return bot.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				texts.add(item.getText(index));
			}
			return texts;
		});
	}

	/** Ticks the row's check box as a user would (the viewer hears a CHECK selection). */
	public GoOfflineWizardBot check(int row) {
		Table table = table();
		bot.syncExec(() -> {
			TableItem item = table.getItem(row);
			// The list is virtual (issue 21 item 6): a row gets its procedure when it is drawn, which it is
			// before a person can click it; asking for its text makes it now.
			item.getText();
			item.setChecked(true);
			Event event = new Event();
			event.item = item;
			event.detail = SWT.CHECK;
			table.notifyListeners(SWT.Selection, event);
		});
		return this;
	}

	public List<Boolean> checkedRows() {
		Table table = table();
		return bot.syncExec(() -> {
			List<Boolean> checked = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				checked.add(item.getChecked());
			}
			return checked;
		});
	}

	/** The "n of m procedures selected" line. */
	public String countText() {
		org.eclipse.swt.widgets.Label count = bot.widgetById(org.eclipse.swt.widgets.Label.class, WidgetIds.WIZARD_COUNT);
		return bot.syncExec(() -> count.getText());
	}

	public GoOfflineWizardBot filter(String text) {
		Text filter = bot.textById(WidgetIds.WIZARD_FILTER);
		bot.syncExec(() -> filter.setText(text));
		return this;
	}

	public BotButton selectAll() {
		return BotIds.button(bot, WidgetIds.WIZARD_SELECT_ALL);
	}

	public BotButton deselectAll() {
		return BotIds.button(bot, WidgetIds.WIZARD_DESELECT_ALL);
	}

	public BotButton next() {
		return BotIds.button(bot, WidgetIds.WIZARD_NEXT);
	}

	public BotButton close() {
		return BotIds.button(bot, WidgetIds.WIZARD_CLOSE);
	}

	public BotButton cancel() {
		return BotIds.button(bot, WidgetIds.WIZARD_CANCEL);
	}

	/** The page's message or error message line (the title area's text). */
	public String errorOrMessage() {
		return bot.syncExec(() -> {
			var dialog = shell.widget().getData();
			if (dialog instanceof org.eclipse.jface.wizard.WizardDialog wizard) {
				var page = wizard.getCurrentPage();
				return page.getErrorMessage() != null ? page.getErrorMessage() : page.getMessage();
			}
			return null;
		});
	}

	/** Waits for the failure shown in full under the list and returns its text. */
	public String problem() {
		Text text = bot.textById(WidgetIds.WIZARD_PROBLEM);
		return bot.syncExec(() -> text.getText());
	}

	/**
	 * Whether every line of the failure under the list is on screen: the text is as high as its
	 * wrapped lines need, and no parent up to the dialog cuts it off.
	 */
	public boolean problemFullyShown() {
		Text text = bot.textById(WidgetIds.WIZARD_PROBLEM);
		return bot.syncExec(() -> {
			org.eclipse.swt.graphics.Rectangle bounds = text.getBounds();
			if (bounds.height < text.computeSize(bounds.width, SWT.DEFAULT).y) {
				return false;
			}
			org.eclipse.swt.graphics.Rectangle onScreen = text.getDisplay().map(text.getParent(), null, bounds);
			for (org.eclipse.swt.widgets.Composite parent = text.getParent(); parent != null; parent = parent.getParent()) {
				org.eclipse.swt.graphics.Rectangle area = text.getDisplay().map(parent, null, parent.getClientArea());
				if (!area.contains(onScreen.x, onScreen.y) || onScreen.y + onScreen.height > area.y + area.height) {
					return false;
				}
				if (parent instanceof org.eclipse.swt.widgets.Shell) {
					break;
				}
			}
			return true;
		});
	}

	/** Waits for "You have successfully switched to offline mode…" and presses its OK. */
	public String acknowledgeSuccess() {
		BotButton ok = BotIds.button(bot, "pau.ui.offline.button.goOfflineSuccess.0");
		String text = bot.syncExec(() -> {
			for (org.eclipse.swt.widgets.Control c : ok.widget().getShell().getChildren()) {
				String found = findText(c, Messages.GoOffline_success);
				if (found != null) {
					return found;
				}
			}
			return null;
		});
		ok.click();
		return text;
	}

	/** Waits for the dialog that says the disk is full, presses its OK and returns its text. */
	/** Opens the details of the disk-full dialog and returns them: what the program reported. */
	public String diskFullDetails() {
		BotButton toggle = BotIds.button(bot, "pau.ui.offline.button.goOfflineDiskFull.details");
		toggle.click();
		bot.waitUntil(pau.ui.testkit.Condition.of("the details shown",
				() -> toggle.widget().getText().equals(org.eclipse.jface.dialogs.IDialogConstants.HIDE_DETAILS_LABEL)));
		org.eclipse.swt.widgets.Text details = bot.widgetById(org.eclipse.swt.widgets.Text.class,
				"pau.ui.offline.button.goOfflineDiskFull.detailsText");
		return bot.syncExec((java.util.function.Supplier<String>) details::getText);
	}

	public String acknowledgeDiskFull() {
		BotButton ok = BotIds.button(bot, "pau.ui.offline.button.goOfflineDiskFull.0");
		String text = bot.syncExec(() -> {
			StringBuilder all = new StringBuilder();
			collectTexts(ok.widget().getShell(), all);
			return all.toString();
		});
		ok.click();
		return text;
	}

	private static void collectTexts(Widget widget, StringBuilder all) {
		if (widget instanceof org.eclipse.swt.widgets.Label label) {
			all.append(label.getText()).append('\n');
		}
		if (widget instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collectTexts(child, all);
			}
		}
	}

	private static String findText(Widget widget, String wanted) {
		if (widget instanceof org.eclipse.swt.widgets.Label label && wanted.equals(label.getText())) {
			return label.getText();
		}
		if (widget instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				String found = findText(child, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Whether the wizard's progress bar is showing now. */
	public boolean progressShowing() {
		return bot.findNow(org.eclipse.jface.wizard.ProgressMonitorPart.class, p -> true) != null;
	}

	public void waitUntilClosed() {
		BotIds.waitUntilClosed(bot, shell);
	}
}
