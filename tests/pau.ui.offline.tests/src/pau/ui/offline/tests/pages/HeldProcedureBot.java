package pau.ui.offline.tests.pages;

import java.util.UUID;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import pau.app.internal.editors.Editors;
import pau.app.internal.editors.ProcedureEditor;
import pau.app.internal.views.ProceduresView;
import pau.model.Procedure;
import pau.ui.testkit.Bot;
import pau.ui.testkit.Condition;

/**
 * Page object of what B14 adds to the main window: the procedures view's "offline with … since …"
 * column and icon, and the banner of the procedure editor.
 */
public final class HeldProcedureBot {

	/** The view's column that says who has the procedure offline. */
	public static final int OFFLINE_COLUMN = 5;
	public static final String BANNER_ID = "editor.offlineBanner";

	private final Bot bot;

	public HeldProcedureBot(Bot bot) {
		this.bot = bot;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	public ProceduresView view() {
		return bot.syncExec(() -> {
			try {
				return (ProceduresView) page().showView(ProceduresView.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Re-reads main and waits until the tree shows it. */
	public HeldProcedureBot refresh() {
		ProceduresView view = view();
		int before = bot.syncExec(view::loads);
		bot.syncExec(view::refresh);
		bot.waitUntil(Condition.of("the procedures view to re-read", () -> view.loads() > before));
		bot.syncExec(() -> view.viewer().expandAll());
		return this;
	}

	/** The text of the procedure's row in a column. */
	public String text(UUID procedure, int column) {
		return bot.syncExec(() -> item(procedure).getText(column));
	}

	/** The same, for a condition (already on the UI thread); null while the row is not shown. */
	public String textNow(UUID procedure, int column) {
		try {
			view().viewer().expandAll();
			return item(procedure).getText(column);
		} catch (AssertionError e) {
			return null;
		}
	}

	/** Waits until the row shows the text in the column (a read may still be running). */
	public void waitForText(UUID procedure, int column, String expected) {
		bot.waitUntil(Condition.of("'" + expected + "' in column " + column,
				() -> expected.equals(textNow(procedure, column))));
	}

	/** The icon of the procedure's row in a column, or null. */
	public Image image(UUID procedure, int column) {
		return bot.syncExec(() -> item(procedure).getImage(column));
	}

	/** Maximizes (or restores) the view, so that a screenshot shows all its columns. */
	public void maximize(boolean maximized) {
		ProceduresView view = view();
		bot.syncExec(() -> {
			var reference = page().getReference(view);
			page().setPartState(reference, maximized ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED);
		});
	}

	private TreeItem item(UUID procedure) {
		Tree tree = view().viewer().getTree();
		for (TreeItem debtor : tree.getItems()) {
			for (TreeItem child : debtor.getItems()) {
				if (child.getData() instanceof Procedure p && p.getId().equals(procedure)) {
					return child;
				}
			}
		}
		throw new AssertionError("no row of procedure " + procedure);
	}

	/** Opens the procedure's editor as a double click does and waits for it. */
	public ProcedureEditor open(Procedure procedure) {
		return bot.syncExec(() -> (ProcedureEditor) Editors.open(page(), procedure));
	}

	/** The banner's text in the open editor, waiting for it. */
	public String banner() {
		Label label = bot.widgetById(Label.class, BANNER_ID);
		return bot.syncExec(() -> label.getText());
	}

	/** Whether a banner shows now (without waiting). */
	public boolean hasBanner() {
		return bot.findNow(Label.class, l -> BANNER_ID.equals(l.getData(Bot.ID_KEY)) && l.isVisible()) != null;
	}

	public void closeEditors() {
		bot.syncExec(() -> page().closeAllEditors(false));
	}
}
