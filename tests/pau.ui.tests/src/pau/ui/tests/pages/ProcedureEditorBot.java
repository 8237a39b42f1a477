package pau.ui.tests.pages;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;

import pau.app.internal.editors.Messages;
import pau.app.internal.editors.ProcedureEditor;
import pau.ui.testkit.Bot;

/**
 * Page object of the procedure editor and its pages.
 */
public final class ProcedureEditorBot extends RecordEditorBot<ProcedureEditor> {

	private ProcedureEditorBot(Bot bot, ProcedureEditor editor) {
		super(bot, editor);
	}

	/** The active procedure editor (waits for it). */
	public static ProcedureEditorBot active(Bot bot) {
		return new ProcedureEditorBot(bot, activeEditor(bot, ProcedureEditor.class));
	}

	/** Shows a page: "procedure", "claims", "meetings", "letters", "assets", "tasks", "documents". */
	public ProcedureEditorBot page(String pageId) {
		bot.syncExec(() -> {
			editor.setActivePage(pageId);
		});
		return this;
	}

	/** Adds a record on a table page through its dialog, titled "New Claim" and the like. */
	public void addRecord(String pageId, String newTitle, Map<String, String> values) {
		page(pageId);
		bot.buttonById(pageId + ".add").click();
		fillDialog(newTitle, values);
	}

	public void addClaim(Map<String, String> values) {
		addRecord("claims", Messages.Claim_newTitle, values);
	}

	public void addMeeting(Map<String, String> values) {
		addRecord("meetings", Messages.Meeting_newTitle, values);
	}

	public void addLetter(Map<String, String> values) {
		addRecord("letters", Messages.Letter_newTitle, values);
	}

	/** Adds an item of the property inventory on the Property page. */
	public void addAsset(Map<String, String> values) {
		addRecord("assets", Messages.Asset_newTitle, values);
	}

	/** Adds a duty on the Tasks page; a check box takes "true" or "false". */
	public void addTask(Map<String, String> values) {
		addRecord("tasks", Messages.Task_newTitle, values);
	}

	/** Selects a row of a page's table, as a click on it does. */
	public void selectRow(String pageId, int row) {
		page(pageId);
		Table table = bot.widgetById(Table.class, pageId + ".table");
		bot.syncExec(() -> {
			table.setSelection(row);
			table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
	}

	/** Attaches the file (what the Attach… button does after its file dialog) and waits for the job. */
	public void attach(Path file) {
		page("documents");
		Job job = bot.syncExec(() -> editor.documentsPage().attach(file));
		try {
			job.join();
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
		bot.syncExec(() -> {
			// let the job's asyncExec run before the test reads the table
		});
	}

	/** Exports the document (what Export… does after its file dialog) and waits for the job. */
	public void export(pau.model.Document document, Path file) {
		page("documents");
		join(bot.syncExec(() -> editor.documentsPage().export(document, file)));
	}

	/** Selects the document's row and presses Delete (a confirmation follows). */
	public void deleteDocument(String fileName) {
		page("documents");
		Table table = bot.widgetById(Table.class, "documents.table");
		bot.syncExec(() -> {
			for (int i = 0; i < table.getItemCount(); i++) {
				if (table.getItem(i).getText(0).equals(fileName)) {
					table.setSelection(i);
					table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
				}
			}
		});
		bot.waitUntil(pau.ui.testkit.Condition.of("Delete enabled",
				() -> bot.findNow(org.eclipse.swt.widgets.Button.class, b -> "documents.delete".equals(b.getData(Bot.ID_KEY)))
						.isEnabled()));
		bot.buttonById("documents.delete").click();
	}

	private static void join(Job job) {
		try {
			job.join();
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
	}

	/** The texts of a column of a page's table. */
	public List<String> tableColumn(String pageId, int column) {
		page(pageId);
		Table table = bot.widgetById(Table.class, pageId + ".table");
		return bot.tableTexts(table, column);
	}

	/** The totals line of the register. */
	public String claimTotals() {
		return totals("claims");
	}

	/** The totals line under a page's table. */
	public String totals(String pageId) {
		page(pageId);
		return bot.syncExec(() -> bot.findNow(org.eclipse.swt.widgets.Label.class,
				l -> (pageId + ".totals").equals(l.getData(Bot.ID_KEY))).getText());
	}

	/** Maximizes the editor (as a double click on its tab does) or restores it. */
	public ProcedureEditorBot maximized(boolean maximized) {
		bot.syncExec(() -> {
			var page = ProceduresViewBot.page();
			page.setPartState(page.getReference(editor),
					maximized ? org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED : org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		});
		return this;
	}
}
