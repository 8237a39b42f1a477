package pau.app.internal.views;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.plugin.AbstractUIPlugin;

import pau.app.internal.common.Checkouts;
import pau.app.internal.common.Databases;
import pau.app.internal.common.Errors;
import pau.app.internal.common.Ids;
import pau.app.internal.editors.Editors;
import pau.model.DataException;
import pau.model.Procedure;
import pau.model.RecordStore;
import pau.store.ActiveDatabase;

/**
 * The procedures of the active database, grouped by debtor, with a filter. Reads in a background job
 * and again whenever the active database changes; when the database cannot be read it shows why and
 * offers Retry.
 */
public class ProceduresView extends ViewPart {

	/** The widest {@link #fitColumns} makes a column. */
	private static final int WIDEST_COLUMN = 480;
	/** The top-level rows {@link #fitColumns} measures. */
	private static final int MEASURED_ROWS = 300;

	/** The view's id in plugin.xml. */
	public static final String ID = "pau.app.views.procedures"; //$NON-NLS-1$

	/** The family of the loading job, so tests can wait for it. */
	public static final Object JOB_FAMILY = ProceduresView.class;

	/**
	 * How long typing pauses before the filter runs (issue 21 item 6): emptying and counting anew the
	 * rows of 16,000 debtors takes GTK 40-90 ms, once for a word typed rather than once a key.
	 */
	private static final int TYPING_PAUSE_MS = 150;

	/** Procedures shown at most for all debtors to be opened at once (see {@link #expandAllIfFew()}). */
	private static final int EXPAND_ALL_LIMIT = 500;

	private TreeViewer viewer;
	private Text filterText;
	private Composite problemBar;
	private Label problemLabel;
	private ActiveDatabase database;
	private final Runnable databaseChanged = () -> Display.getDefault().asyncExec(this::refresh);
	private volatile int loads;
	private String problem;
	private Image heldOffline;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);

		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		Ids.set(filterText, "procedures.filter"); //$NON-NLS-1$
		filterText.setMessage(Messages.ProceduresView_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		filterText.addModifyListener(e -> {
			typed = filterText.getText();
			filterJob.cancel(); // typing on: the rows change once, when it pauses
			filterJob.schedule(TYPING_PAUSE_MS);
		});
		filterJob.setSystem(true);

		// The problem in words over the view's whole width, wrapped to it, and Retry below it: beside it,
		// a long (Russian) text was measured for too narrow a column and ran under the button (issue 19).
		problemBar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(problemBar);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problemBar);
		problemBar.setVisible(false);
		problemLabel = new Label(problemBar, SWT.WRAP);
		Ids.set(problemLabel, "procedures.problem"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(problemLabel);
		Button retry = new Button(problemBar, SWT.PUSH);
		retry.setText(Messages.ProceduresView_retry);
		Ids.set(retry, "procedures.retry"); //$NON-NLS-1$
		retry.addListener(SWT.Selection, e -> refresh());
		int buttonWidth = Math.max(org.eclipse.jface.layout.LayoutConstants.getMinButtonSize().x,
				retry.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
		GridDataFactory.swtDefaults().hint(buttonWidth, SWT.DEFAULT).applyTo(retry);
		parent.addListener(SWT.Resize, e -> wrapProblem());

		// Virtual (issue 21 item 6): rows are made as they scroll into sight, so a large office's 16,000
		// debtors cost the tree a count at start, not 16,000 rows.
		viewer = new VirtualTreeViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		Ids.set(viewer.getTree(), "procedures.tree"); //$NON-NLS-1$
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ProcedureTreeContent());
		for (int i = 0; i < ProcedureColumns.COUNT; i++) {
			int column = i;
			TreeViewerColumn treeColumn = new TreeViewerColumn(viewer, SWT.LEFT);
			treeColumn.getColumn().setText(ProcedureColumns.title(column));
			treeColumn.getColumn().setWidth(ProcedureColumns.width(column));
			treeColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ProcedureColumns.text((ProcedureTree) viewer.getInput(), element, column);
				}

				@Override
				public Image getImage(Object element) {
					// B14: the icon also on the first column, which a narrow view still shows
					return (column == ProcedureColumns.OFFLINE || column == ProcedureColumns.DEBTOR)
							&& element instanceof Procedure procedure
							&& viewer.getInput() instanceof ProcedureTree tree && !tree.checkoutsOf(procedure).isEmpty()
									? heldOffline()
									: null;
				}
			});
		}
		fill(ProcedureTree.empty());
		viewer.addDoubleClickListener(e -> {
			Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (element != null) {
				Editors.open(getSite().getPage(), element);
			}
		});

		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(viewer);

		try {
			database = Databases.active();
			database.addListener(databaseChanged);
		} catch (DataException e) {
			Errors.show(getSite().getShell(), Messages.ProceduresView_errorTitle, Messages.ProceduresView_loadFailed, e);
		}
		refresh();
	}

	/**
	 * Re-reads the procedures in a background job. One job, rescheduled: when the database changes
	 * during a read, the read runs again after it, so the last result shown is the newest.
	 */
	public void refresh() {
		loadJob.schedule();
	}

	/** The filter's text as last typed, for {@link #filterJob}. */
	private volatile String typed = ""; //$NON-NLS-1$
	/** The tree shown, for {@link #filterJob}. */
	private volatile ProcedureTree shownTree;

	/**
	 * Works out what the filter shows off the UI thread (10-30 ms for 20,000 procedures), then changes the
	 * rows on it, unless a key or a re-read came meanwhile.
	 */
	private final Job filterJob = new Job(Messages.ProceduresView_filterJob) {
		@Override
		protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
			String text = typed;
			ProcedureTree tree = shownTree;
			if (tree != null) {
				ProcedureTree.Matched matched = tree.match(text);
				Display.getDefault().asyncExec(() -> showMatched(tree, text, matched));
			}
			return Status.OK_STATUS;
		}
	};

	private void showMatched(ProcedureTree tree, String text, ProcedureTree.Matched matched) {
		if (viewer == null || viewer.getControl().isDisposed() || viewer.getInput() != tree
				|| !text.equals(filterText.getText())) {
			return; // a newer key or a re-read has its own
		}
		tree.show(matched);
		fill(tree);
		if (tree.filtered()) {
			expandAllIfFew();
		}
	}

	private final Job loadJob = new Job(Messages.ProceduresView_loadJob) {
		@Override
		protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
			ProcedureTree tree;
			DataException failure = null;
			try {
				RecordStore records = Databases.records();
				tree = ProcedureTree.read(records, Checkouts.inMain()); // B14: who has which offline
				tree.prepareFilter();
			} catch (DataException e) {
				tree = ProcedureTree.empty();
				failure = e;
			}
			ProcedureTree result = tree;
			DataException error = failure;
			Display.getDefault().asyncExec(() -> show(result, error));
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	};

	/**
	 * Opens every debtor when at most {@value #EXPAND_ALL_LIMIT} procedures are shown. GTK opens tree rows one
	 * by one: a main of 20,000 procedures took 90-117 s to be listed expanded (benchmark, issue 10). More
	 * debtors stay closed until opened, or until the filter narrows them down.
	 */
	private void expandAllIfFew() {
		if (((ProcedureTree) viewer.getInput()).shownProcedureCount() <= EXPAND_ALL_LIMIT) {
			viewer.expandAll();
		}
	}

	/** Hands the tree to the viewer: the number of debtors shown; their rows come as they are shown. */
	private void fill(ProcedureTree tree) {
		viewer.setInput(tree);
		viewer.setChildCount(tree, tree.shownEnterprises().size());
	}

	private void show(ProcedureTree tree, DataException failure) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		ISelection selection = viewer.getSelection();
		boolean first = viewer.getInput() == null || ((ProcedureTree) viewer.getInput()).procedureCount() == 0;
		tree.filter(filterText.getText()); // a re-read keeps what the user typed
		fill(tree);
		shownTree = tree;
		if (first || tree.filtered()) {
			expandAllIfFew();
		} else {
			viewer.setExpandedElements(expanded);
		}
		viewer.setSelection(selection); // records are equal by id, so the re-read ones are selected
		fitColumns(tree);
		String newProblem = failure == null ? null : Errors.inWords(failure);
		problem = newProblem;
		problemLabel.setText(newProblem == null ? "" //$NON-NLS-1$
				: failure instanceof pau.store.OfflineHeldException ? Messages.ProceduresView_held
						: Messages.bind(Messages.ProceduresView_problem, newProblem));
		problemBar.setVisible(newProblem != null);
		((org.eclipse.swt.layout.GridData) problemBar.getLayoutData()).exclude = newProblem == null;
		wrapProblem();
		problemBar.getParent().layout(true, true);
		loads++;
		ListedMarker.shown(viewer.getControl(), filterText, tree.procedureCount());
		if (failure instanceof pau.store.SchemaOutdatedException outdated) {
			MainUpgrade.offer(getSite().getShell(), outdated); // B11: upgraded, the procedures are read again
		} else if (failure != null && !(failure instanceof pau.store.OfflineHeldException)) {
			// (a held offline database has its own question: check and recover, or switch to main mode)
			Errors.show(getSite().getShell(), Messages.ProceduresView_errorTitle, Messages.ProceduresView_loadFailed, failure);
		}
	}

	/**
	 * Widens the columns to their headers (Russian ones are longer) and to the cells shown: the first
	 * {@value #MEASURED_ROWS} rows and their open procedures, and the 50 longest debtor names (so a large
	 * office costs next to nothing). Never narrower than before, so a column the user widened stays so,
	 * and at most {@value #WIDEST_COLUMN} px.
	 */
	private void fitColumns(ProcedureTree tree) {
		org.eclipse.swt.widgets.Tree control = viewer.getTree();
		int[] wanted = new int[control.getColumnCount()];
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control);
		try {
			for (int i = 0; i < wanted.length; i++) {
				wanted[i] = gc.textExtent(control.getColumn(i).getText()).x + 30;
			}
			java.util.Arrays.stream(tree.enterprises()).map(e -> ProcedureColumns.text(tree, e, ProcedureColumns.DEBTOR))
					.sorted(java.util.Comparator.comparingInt(String::length).reversed()).limit(50)
					.forEach(name -> wanted[ProcedureColumns.DEBTOR] = Math.max(wanted[ProcedureColumns.DEBTOR],
							gc.textExtent(name).x + 60)); // + the expander, the icon and the indent
			// Row by row, never getItems(): that makes an object for each of a large office's 16,000 rows.
			for (int r = 0; r < Math.min(control.getItemCount(), MEASURED_ROWS); r++) {
				org.eclipse.swt.widgets.TreeItem row = control.getItem(r);
				for (org.eclipse.swt.widgets.TreeItem item : row.getExpanded() ? row.getItems()
						: new org.eclipse.swt.widgets.TreeItem[0]) {
					for (int i = 0; i < wanted.length; i++) {
						int indent = i == ProcedureColumns.DEBTOR ? 80 : 0; // one level deeper, and the icon
						wanted[i] = Math.max(wanted[i], indent + gc.textExtent(item.getText(i)).x + 24);
					}
				}
			}
		} finally {
			gc.dispose();
		}
		for (int i = 0; i < wanted.length; i++) {
			org.eclipse.swt.widgets.TreeColumn column = control.getColumn(i);
			if (column.getWidth() < Math.min(wanted[i], WIDEST_COLUMN)) {
				column.setWidth(Math.min(wanted[i], WIDEST_COLUMN));
			}
		}
	}

	/** B14's icon: a laptop that took the procedure away. */
	private Image heldOffline() {
		if (heldOffline == null) {
			heldOffline = AbstractUIPlugin.imageDescriptorFromPlugin("pau.app", "icons/held_offline.png") //$NON-NLS-1$ //$NON-NLS-2$
					.createImage();
		}
		return heldOffline;
	}

	/** How many times the tree was (re-)filled; tests wait for it to grow. */
	public int loads() {
		return loads;
	}

	/** The message shown when the database could not be read, or null. */
	/** The problem's words wrap at the view's width (a wrapping label is measured at its width hint). */
	private void wrapProblem() {
		org.eclipse.swt.layout.GridData data = (org.eclipse.swt.layout.GridData) problemLabel.getLayoutData();
		int width = Math.max(100, problemBar.getParent().getClientArea().width - 8);
		if (data.widthHint != width) {
			data.widthHint = width;
			if (problemBar.isVisible()) {
				problemBar.getParent().layout(true, true);
			}
		}
	}

	public String problem() {
		return problem;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** The selected element of the tree, or null. */
	public Object selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		filterJob.cancel();
		if (database != null) {
			database.removeListener(databaseChanged);
		}
		if (heldOffline != null) {
			heldOffline.dispose();
		}
		super.dispose();
	}

	/** Refreshes the procedures view of every window (after a save or delete). */
	public static void refreshAll() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IViewPart view = page.findView(ID);
				if (view instanceof ProceduresView procedures) {
					procedures.refresh();
				}
			}
		}
	}
}
