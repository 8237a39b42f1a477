package pau.ui.offline.tests.pages;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;

import pau.ui.offline.internal.WidgetIds;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotButton;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;

/**
 * Page object of the "Offline mode" preference page (R3, R6).
 */
public final class OfflinePreferencePageBot {

	public static final String PAGE_ID = "pau.ui.offline.preferences";

	private final Bot bot;
	private final BotShell shell;

	private OfflinePreferencePageBot(Bot bot, BotShell shell) {
		this.bot = bot;
		this.shell = shell;
	}

	/** Opens the Preferences dialog on the page. */
	public static OfflinePreferencePageBot open(Bot bot) {
		BotShell window = bot.workbenchShell();
		bot.display().asyncExec(() -> PreferencesUtil
				.createPreferenceDialogOn(window.widget(), PAGE_ID, new String[] { PAGE_ID }, null).open());
		Label mode = bot.widgetById(Label.class, WidgetIds.PREF_MODE);
		return new OfflinePreferencePageBot(bot, BotIds.shellOf(bot, mode));
	}

	public BotShell shell() {
		return shell;
	}

	public String mode() {
		return label(WidgetIds.PREF_MODE);
	}

	public String since() {
		return label(WidgetIds.PREF_SINCE);
	}

	public String procedures() {
		return text(WidgetIds.PREF_PROCEDURES);
	}

	public String location() {
		return text(WidgetIds.PREF_LOCATION);
	}

	public String url() {
		return text(WidgetIds.PREF_URL);
	}

	public String user() {
		return text(WidgetIds.PREF_USER);
	}

	public boolean isUrlEditable() {
		Text url = bot.textById(WidgetIds.PREF_URL);
		return bot.syncExec(() -> url.getEditable());
	}

	/** Types a main-database URL (issue 12: checked as typed). */
	public void setUrl(String value) {
		bot.setText(bot.textById(WidgetIds.PREF_URL), value);
	}

	public BotButton testButton() {
		return BotIds.button(bot, WidgetIds.PREF_TEST);
	}

	/** Presses Test connection and waits for its result in words (the test runs as a job). */
	public String testConnection(String running) {
		testButton().click();
		Label result = bot.widgetById(Label.class, WidgetIds.PREF_TEST_RESULT);
		bot.waitUntil(Condition.of("the connection test's result", () -> {
			String text = result.getText();
			return !text.isEmpty() && !text.equals(running);
		}), 20_000);
		return bot.syncExec(() -> result.getText());
	}

	/** The page's error line (the dialog's message area), or null. */
	public String errorMessage() {
		return bot.syncExec(() -> {
			if (shell.widget().getData() instanceof org.eclipse.jface.preference.PreferenceDialog dialog
					&& dialog.getSelectedPage() instanceof org.eclipse.jface.dialogs.IDialogPage page) {
				return page.getErrorMessage();
			}
			return null;
		});
	}

	/** Whether a read-only field looks like a value: the background of the page, not of an input. */
	public boolean looksReadOnly(String id) {
		Text text = bot.textById(id);
		return bot.syncExec(() -> !text.getEditable() && text.getBackground().equals(text.getParent().getBackground()));
	}

	public BotButton switchButton() {
		return BotIds.button(bot, WidgetIds.PREF_SWITCH);
	}

	/** Presses the dialog's OK button (Apply and Close). */
	public void ok() {
		shell.bot().button(Bot.strip(org.eclipse.jface.resource.JFaceResources.getString("PreferencesDialog.okButtonLabel"))).click();
	}

	public void close() {
		shell.close();
		BotIds.waitUntilClosed(bot, shell);
	}

	private String label(String id) {
		Label label = bot.widgetById(Label.class, id);
		return bot.syncExec(() -> label.getText());
	}

	private String text(String id) {
		Text text = bot.textById(id);
		return bot.syncExec(() -> text.getText());
	}
}
