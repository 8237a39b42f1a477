package pau.ui.offline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import pau.model.Procedure;
import pau.sync.OfflineService;
import pau.sync.SyncException;

/**
 * R1, page 1: the main database's procedures (debtor, type, case number, status, and who has it
 * offline already — B6) with check boxes, a filter and select all / deselect all. The list is read in
 * a background job; when main cannot be reached the page says so.
 * <p>
 * A failure is named in a few words in the title area, whose message line JFace cuts after two lines,
 * and given in full under the list, wrapped: the reasons carry paths and advice, longer in Russian.
 */
final class ProcedureSelectionPage extends WizardPage {

	/**
	 * One line of the table, and {@code search}: its texts in lower case, made once as it is read, so that
	 * the filter matches 20,000 rows at a key without making 100,000 lower-case texts (issue 21 item 6).
	 */
	record Row(UUID id, String debtor, String type, String caseNumber, String status, String offlineAt, String search) {

		Row(UUID id, String debtor, String type, String caseNumber, String status, String offlineAt) {
			this(id, debtor, type, caseNumber, status, offlineAt, String.join("\u0000", //$NON-NLS-1$
					Objects.toString(debtor, ""), Objects.toString(type, ""), Objects.toString(caseNumber, ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Objects.toString(status, ""), Objects.toString(offlineAt, "")).toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
		}

		/** Whether someone has the procedure offline now (B14: taking it asks first). */
		boolean held() {
			return offlineAt != null && !offlineAt.isEmpty();
		}

		String column(int index) {
			return switch (index) {
			case 0 -> debtor;
			case 1 -> type;
			case 2 -> caseNumber;
			case 3 -> status;
			default -> offlineAt;
			};
		}
	}

	/** A failure: a few words for the title area, the whole text for under the list. */
	record Problem(String headline, String details) {
	}

	/** How long typing pauses before the rows change: once for a word typed, not once a key (issue 21 item 6). */
	private static final int TYPING_PAUSE_MS = 150;

	private final Set<UUID> checked = new LinkedHashSet<>();
	private final Runnable applyFilter = this::applyFilter;
	private List<Row> rows = List.of();
	/** The filter's text as rows are matched against it: trimmed, lower case. */
	private String wanted = ""; //$NON-NLS-1$
	private CheckboxTableViewer viewer;
	private Text filter;
	private Label count;
	private Composite problem;
	private Text problemText;

	ProcedureSelectionPage() {
		super("procedures"); //$NON-NLS-1$
		setTitle(Messages.GoOffline_pageTitle);
		setDescription(Messages.GoOffline_pageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));

		new Label(area, SWT.NONE).setText(Messages.GoOffline_filter);
		filter = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		WidgetIds.tag(filter, WidgetIds.WIZARD_FILTER);
		filter.setMessage(Messages.GoOffline_filterHint);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addListener(SWT.Modify, e -> filter.getDisplay().timerExec(TYPING_PAUSE_MS, applyFilter));

		// Virtual (issue 21 item 6): a row is made when it scrolls into sight, so 20,000 procedures cost the
		// table a count, and the filter (in memory, on the elements) no longer rebuilds 20,000 rows a key.
		viewer = CheckboxTableViewer.newCheckList(area, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Table table = viewer.getTable();
		WidgetIds.tag(table, WidgetIds.WIZARD_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(860, 280).applyTo(table);
		String[] headers = { Messages.GoOffline_colDebtor, Messages.GoOffline_colType, Messages.GoOffline_colCase,
				Messages.GoOffline_colStatus, Messages.GoOffline_colOffline };
		int[] widths = { 230, 180, 140, 120, 170 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.setWidth(widths[i]);
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new RowLabels());
		viewer.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return checked.contains(((Row) element).id());
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		viewer.addCheckStateListener(event -> {
			UUID id = ((Row) event.getElement()).id();
			if (event.getChecked()) {
				checked.add(id);
			} else {
				checked.remove(id);
			}
			updateCount();
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return shown((Row) element);
			}
		});

		Composite buttons = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(buttons);
		buttons.setLayout(new GridLayout(3, false));
		Button selectAll = new Button(buttons, SWT.PUSH);
		selectAll.setText(Messages.GoOffline_selectAll);
		WidgetIds.tag(selectAll, WidgetIds.WIZARD_SELECT_ALL);
		selectAll.addListener(SWT.Selection, e -> setVisibleChecked(true));
		Button deselectAll = new Button(buttons, SWT.PUSH);
		deselectAll.setText(Messages.GoOffline_deselectAll);
		WidgetIds.tag(deselectAll, WidgetIds.WIZARD_DESELECT_ALL);
		deselectAll.addListener(SWT.Selection, e -> setVisibleChecked(false));
		count = new Label(buttons, SWT.NONE);
		WidgetIds.tag(count, WidgetIds.WIZARD_COUNT);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));

		createProblemArea(area);
		setControl(area);
		load();
	}

	/** Error icon and a read-only wrapping text (the path in it can be copied); hidden until needed. */
	private void createProblemArea(Composite area) {
		problem = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(problem);
		problem.setLayout(new GridLayout(2, false));
		problem.setVisible(false);
		Label icon = new Label(problem, SWT.NONE);
		icon.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR));
		icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		problemText = new Text(problem, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		problemText.setBackground(area.getBackground()); // a message, not an input field
		WidgetIds.tag(problemText, WidgetIds.WIZARD_PROBLEM);
		// As wide as the list, never wider: GridLayout wraps the text to the width the column gets.
		GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(problemText);
	}

	/** Shows the failure, or hides the last one when null. */
	void showProblem(Problem shown) {
		setErrorMessage(shown == null ? null : shown.headline());
		if (problem == null || problem.isDisposed()) {
			return;
		}
		problemText.setText(shown == null ? "" : shown.details()); //$NON-NLS-1$
		((GridData) problem.getLayoutData()).exclude = shown == null;
		problem.setVisible(shown != null);
		Composite area = problem.getParent();
		area.layout(true, true);
		if (shown != null) {
			makeRoomFor(area);
		}
	}

	/** Grows the dialog (within the screen) when the text needs more height than the list can give up. */
	private void makeRoomFor(Composite area) {
		int missing = area.computeSize(area.getSize().x, SWT.DEFAULT).y - area.getSize().y;
		if (missing <= 0 || area.getSize().y == 0) { // not laid out yet: the dialog's first size will fit it
			return;
		}
		Shell shell = getShell();
		Rectangle bounds = shell.getBounds();
		Rectangle screen = shell.getMonitor().getClientArea();
		Point size = new Point(bounds.width, Math.min(bounds.height + missing, screen.height));
		shell.setBounds(bounds.x, Math.max(screen.y, Math.min(bounds.y, screen.y + screen.height - size.y)), size.x, size.y);
		shell.layout(true, true);
	}

	/**
	 * Shows the rows the filter's text matches. GTK removes a shown row in ~12 us and empties a whole table
	 * in ~2.3 us a row, then adds each row in ~2.5 us: for 20,000 rows narrowed to 1,500, removing the
	 * 18,500 paused for 200 ms where emptying and counting anew takes 50 (a bare SWT table, this machine).
	 */
	private void applyFilter() {
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		table.getDisplay().timerExec(-1, applyFilter); // when run at once, not after typing paused
		String text = filter.getText().trim().toLowerCase(Locale.ROOT); // once, not once a row
		if (text.equals(wanted)) {
			return;
		}
		wanted = text;
		int now = table.getItemCount();
		int next = visibleRows().size();
		if ((now - next) * 5L > now + next) {
			IStructuredSelection selected = viewer.getStructuredSelection();
			table.removeAll();
			viewer.refresh();
			viewer.setSelection(selected);
		} else {
			viewer.refresh();
		}
		updateCount();
	}

	private void setVisibleChecked(boolean state) {
		applyFilter(); // what was typed just now counts
		for (Row row : visibleRows()) {
			UUID id = row.id();
			if (state) {
				checked.add(id);
			} else {
				checked.remove(id);
			}
		}
		viewer.refresh();
		updateCount();
	}

	/**
	 * The rows the filter shows, from the rows themselves: a virtual table's row holds its procedure only
	 * once drawn, so asking the table gave nothing for rows a refresh had just emptied.
	 */
	private List<Row> visibleRows() {
		return rows.stream().filter(this::shown).toList();
	}

	/** Whether the filter shows the row. */
	private boolean shown(Row row) {
		return wanted.isEmpty() || row.search().contains(wanted);
	}

	private void updateCount() {
		count.setText(NLS.bind(Messages.GoOffline_selected, checked.size(), rows.size()));
		count.getParent().layout(true);
		setPageComplete(!checked.isEmpty());
	}

	/** The ticked procedures that someone has offline already (B14), in table order. */
	List<Row> selectedHeld() {
		return rows.stream().filter(r -> checked.contains(r.id()) && r.held()).toList();
	}

	/** The ids of the ticked procedures, in table order. */
	List<UUID> selectedIds() {
		return rows.stream().map(Row::id).filter(checked::contains).toList();
	}

	/** Reads the procedures and the checkouts of main off the UI thread. */
	private void load() {
		setMessage(Messages.GoOffline_loading);
		Display display = getShell().getDisplay();
		Job job = Job.create(Messages.GoOffline_loading, (IProgressMonitor monitor) -> {
			List<Row> loaded;
			Problem failure = null;
			try {
				loaded = readRows();
			} catch (SyncException e) {
				loaded = List.of();
				failure = e.reason() == SyncException.Reason.UNREACHABLE ? unreachable(Dialogs.describe(e)) : loadFailed(e);
			} catch (RuntimeException e) {
				loaded = List.of();
				failure = loadFailed(e);
			}
			List<Row> result = loaded;
			Problem shown = failure;
			display.asyncExec(() -> show(result, shown));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Main cannot be reached; {@code reason} as the engine words it. */
	static Problem unreachable(String reason) {
		return new Problem(Messages.GoOffline_unreachableHeadline, NLS.bind(Messages.GoOffline_unreachable, reason));
	}

	private static Problem loadFailed(RuntimeException e) {
		return new Problem(Messages.GoOffline_loadFailedHeadline, NLS.bind(Messages.GoOffline_loadFailed, Dialogs.describe(e)));
	}

	private static List<Row> readRows() {
		OfflineUi ui = OfflineUi.get();
		// checkouts() checks that main answers first, so an unreachable main fails fast and clearly.
		Map<UUID, List<OfflineService.Checkout>> checkouts = ui.offline().checkouts().stream()
				.collect(Collectors.groupingBy(OfflineService.Checkout::procedureId));
		List<Row> result = new ArrayList<>();
		// While offline (taking more, issue 20) the procedures the copy holds already are not offered.
		java.util.Set<UUID> taken = ui.isOffline() ? java.util.Set.copyOf(ui.offline().state().procedures()) : java.util.Set.of();
		for (Procedure p : ui.active().main().records().all(Procedure.class)) {
			if (taken.contains(p.getId())) {
				continue;
			}
			String who = checkouts.getOrDefault(p.getId(), List.of()).stream()
					.map(c -> NLS.bind(Messages.GoOffline_checkedOutBy,
							new Object[] { c.userName(), c.host(), Labels.of(c.since()) }))
					.collect(Collectors.joining("; ")); //$NON-NLS-1$
			result.add(new Row(p.getId(), p.getEnterprise() == null ? "" : p.getEnterprise().getName(), //$NON-NLS-1$
					Labels.of(p.getType()), p.getCaseNumber(), Labels.of(p.getStatus()), who));
		}
		return result;
	}

	private void show(List<Row> loaded, Problem failure) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		rows = loaded;
		viewer.setInput(rows);
		fitColumns();
		setMessage(null);
		showProblem(failure);
		updateCount();
		if (failure == null) {
			WizardListedMarker.shown(viewer.getTable(), filter, rows.size());
		}
	}

	/**
	 * Whole debtor names and Russian headers (issue 19): a column is as wide as its texts, never narrower
	 * than planned; when they need more, the table scrolls sideways instead of cutting. Measured from the
	 * rows' {@value #MEASURED} longest texts of each column, not by packing the column: that made every
	 * row of a virtual table (issue 21 item 6).
	 */
	private void fitColumns() {
		Table table = viewer.getTable();
		GC gc = new GC(table);
		try {
			for (int i = 0; i < table.getColumnCount(); i++) {
				TableColumn column = table.getColumn(i);
				gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)); // GTK's headers
				int wanted = gc.textExtent(column.getText()).x + CELL_PADDING;
				gc.setFont(table.getFont());
				int index = i;
				int extra = i == 0 ? CHECK_BOX : i == 4 ? ICON : 0;
				for (String text : rows.stream().map(row -> row.column(index)).filter(Objects::nonNull)
						.sorted(Comparator.comparingInt(String::length).reversed()).limit(MEASURED).toList()) {
					wanted = Math.max(wanted, gc.textExtent(text).x + CELL_PADDING + extra);
				}
				column.setWidth(Math.max(column.getWidth(), wanted));
			}
		} finally {
			gc.dispose();
		}
	}

	/** The longest texts of a column that {@link #fitColumns} measures. */
	private static final int MEASURED = 200;
	/** A cell's margins and the header's room for the resize handle. */
	private static final int CELL_PADDING = 24;
	/** The check box before the first column's text. */
	private static final int CHECK_BOX = 28;
	/** The warning icon before a held procedure's text (B14). */
	private static final int ICON = 22;

	/** Labels of the table's cells. */
	private static final class RowLabels extends LabelProvider implements ITableLabelProvider {
		@Override
		public Image getColumnImage(Object element, int columnIndex) {
			// B14: not only a column: an icon draws the eye, and Next asks before taking it
			return columnIndex == 4 && ((Row) element).held()
					? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK)
					: null;
		}

		@Override
		public String getColumnText(Object element, int columnIndex) {
			String text = ((Row) element).column(columnIndex);
			return text == null ? "" : text; //$NON-NLS-1$
		}
	}
}
