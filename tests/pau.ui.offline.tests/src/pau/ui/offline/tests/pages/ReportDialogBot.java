package pau.ui.offline.tests.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import pau.sync.internal.ReportText;
import pau.ui.offline.internal.ReportDialog;
import pau.ui.offline.internal.WidgetIds;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotButton;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotShell;

/**
 * Page object of the synchronization report and its preview (B1, B2), with restoring a lost offline
 * value (B13) and the export.
 */
public final class ReportDialogBot {

	private final Bot bot;
	private final BotShell shell;

	private ReportDialogBot(Bot bot, BotShell shell) {
		this.bot = bot;
		this.shell = shell;
	}

	/** Waits for the report (or preview) to open. */
	public static ReportDialogBot waitForIt(Bot bot) {
		Tree tree = bot.widgetById(Tree.class, WidgetIds.REPORT_TABLE);
		return new ReportDialogBot(bot, BotIds.shellOf(bot, tree));
	}

	public BotShell shell() {
		return shell;
	}

	public Tree tree() {
		return bot.widgetById(Tree.class, WidgetIds.REPORT_TABLE);
	}

	public String origin() {
		Label label = bot.widgetById(Label.class, WidgetIds.REPORT_ORIGIN);
		return bot.syncExec(() -> label.getText());
	}

	public String summary() {
		Label label = bot.widgetById(Label.class, WidgetIds.REPORT_SUMMARY);
		return bot.syncExec(() -> label.getText());
	}

	/** The selected entry in sentences, under the table. */
	public String details() {
		Label label = bot.widgetById(Label.class, WidgetIds.REPORT_DETAILS);
		return bot.syncExec(() -> label.getText());
	}

	/** The procedures' rows: title in column 0, counts in column 1. */
	public List<String[]> groups() {
		Tree tree = tree();
		return bot.syncExec(() -> {
			List<String[]> rows = new ArrayList<>();
			for (TreeItem item : tree.getItems()) {
				rows.add(new String[] { item.getText(0), item.getText(1) });
			}
			return rows;
		});
	}

	/** Every decision's row, all columns, under whichever procedure. */
	public List<String[]> decisions() {
		Tree tree = tree();
		return bot.syncExec(() -> {
			List<String[]> rows = new ArrayList<>();
			int columns = tree.getColumnCount();
			for (TreeItem group : tree.getItems()) {
				for (TreeItem item : group.getItems()) {
					String[] cells = new String[columns];
					for (int i = 0; i < columns; i++) {
						cells[i] = item.getText(i);
					}
					rows.add(cells);
				}
			}
			return rows;
		});
	}

	/** Selects the decision with this number in the report. */
	public ReportDialogBot select(int entryNo) {
		Tree tree = tree();
		bot.syncExec(() -> {
			for (TreeItem group : tree.getItems()) {
				for (TreeItem item : group.getItems()) {
					if (item.getData() instanceof ReportText.Line line && line.no() == entryNo) {
						tree.setSelection(item);
						Event event = new Event();
						event.item = item;
						tree.notifyListeners(SWT.Selection, event);
						return;
					}
				}
			}
			throw new AssertionError("no decision " + entryNo);
		});
		return this;
	}

	/** The widths of the columns, left to right. */
	public int[] columnWidths() {
		Tree tree = tree();
		return bot.syncExec(() -> {
			TreeColumn[] columns = tree.getColumns();
			int[] widths = new int[columns.length];
			for (int i = 0; i < columns.length; i++) {
				widths[i] = columns[i].getWidth();
			}
			return widths;
		});
	}

	/** Resizes the dialog. */
	public void resize(int width, int height) {
		bot.syncExec(() -> {
			shell.widget().setBounds(10, 10, width, height);
			shell.widget().layout(true, true);
		});
	}

	public BotButton restoreButton() {
		return BotIds.button(bot, WidgetIds.REPORT_RESTORE);
	}

	public BotButton exportButton() {
		return BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "report.0");
	}

	public BotButton close() {
		return BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "report.1");
	}

	/**
	 * What Export… does after its native file dialog (which a test cannot drive): writes the file,
	 * then the confirmation opens (asynchronously, it is modal).
	 */
	public void export(Path file) {
		ReportDialog dialog = bot.syncExec(() -> (ReportDialog) shell.widget().getData());
		bot.display().asyncExec(() -> dialog.export(file));
	}

	/** The text of the message dialog whose OK button has this id prefix ("exported", "restored", …). */
	public String message(String id) {
		BotButton ok = BotIds.button(bot, WidgetIds.BUTTON_PREFIX + id + ".0");
		BotShell message = BotIds.shellOf(bot, ok.widget());
		return bot.syncExec(() -> {
			StringBuilder text = new StringBuilder();
			labels(message.widget(), text);
			return text.toString();
		});
	}

	private static void labels(org.eclipse.swt.widgets.Composite parent, StringBuilder text) {
		for (org.eclipse.swt.widgets.Control control : parent.getChildren()) {
			if (control instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
				labels(composite, text);
			}
		}
	}

	/** Presses OK on that message dialog and waits until it is closed. */
	public void acknowledge(String id) {
		BotButton ok = BotIds.button(bot, WidgetIds.BUTTON_PREFIX + id + ".0");
		BotShell message = BotIds.shellOf(bot, ok.widget());
		ok.click();
		BotIds.waitUntilClosed(bot, message);
	}
}
