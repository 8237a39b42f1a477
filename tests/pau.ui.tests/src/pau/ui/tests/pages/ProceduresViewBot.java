package pau.ui.tests.pages;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import pau.app.internal.views.ProceduresView;
import pau.model.Record;
import pau.ui.testkit.Bot;
import pau.ui.testkit.Condition;

/**
 * Page object of the procedures view.
 */
public final class ProceduresViewBot {

	private final Bot bot;

	public ProceduresViewBot(Bot bot) {
		this.bot = bot;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
				? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				: PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** The view, shown and active. */
	public ProceduresView view() {
		return bot.syncExec(() -> {
			try {
				return (ProceduresView) page().showView(ProceduresView.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Re-reads the database and waits until the tree shows the result. */
	public ProceduresViewBot refresh() {
		ProceduresView view = view();
		int before = bot.syncExec(view::loads);
		bot.syncExec(view::refresh);
		bot.waitUntil(Condition.of("the procedures view to re-read", () -> view.loads() > before));
		return this;
	}

	/** Waits until the tree has been filled at least once. */
	public ProceduresViewBot waitLoaded() {
		ProceduresView view = view();
		bot.waitUntil(Condition.of("the procedures view to load", () -> view.loads() > 0));
		return this;
	}

	public Tree tree() {
		return bot.syncExec(() -> view().viewer().getTree());
	}

	/** The texts of a column: debtors and expanded procedures, depth first. */
	public List<String> column(int column) {
		return bot.treeTexts(tree(), column);
	}

	public int topLevelCount() {
		return bot.syncExec(() -> tree().getItemCount());
	}

	/** Types into the filter box. */
	public void filter(String text) {
		Text filter = bot.textById("procedures.filter");
		bot.setText(filter, text);
	}

	/** Selects the record in the tree (revealing it) and activates the view, as a click would. */
	public void select(Record record) {
		ProceduresView view = view();
		bot.syncExec(() -> {
			page().activate(view);
			view.viewer().setSelection(new StructuredSelection(record), true);
		});
		bot.waitUntil(Condition.of("selection of " + record.getId(), () -> view.selected() != null));
	}

	/** The problem shown instead of the tree, or null. */
	public String problem() {
		return bot.syncExec(() -> view().problem());
	}
}
