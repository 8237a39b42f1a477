package pau.ui.offline.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import pau.sync.SyncReport;
import pau.sync.internal.ReportText;

/**
 * Tools › Synchronization history (B1): the reports main keeps, newest first: when, who, from which
 * computer, which procedures, how many decisions and restored values. Open shows the report dialog,
 * where a lost offline value is restored (B13).
 */
public final class SyncHistoryDialog extends Dialog {

	private static final int OPEN_ID = IDialogConstants.CLIENT_ID + 1;

	private final ReportText text = new ReportText();
	private final List<SyncReport> reports;
	private Table table;
	/** The width the columns want, to show every text whole. */
	private int columnsWidth;

	public SyncHistoryDialog(Shell parent, List<SyncReport> reports) {
		super(parent);
		this.reports = new ArrayList<>(reports);
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.History_title);
	}

	/** Wide enough for every column's text (within the screen). */
	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(ColumnWidths.dialogWidth(getShell(), size.x, columnsWidth), Math.max(size.y, 480));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(reports.isEmpty() ? Messages.History_none : Messages.History_intro);
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite holder = new Composite(area, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 260;
		holder.setLayoutData(data);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = new Table(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		WidgetIds.tag(table, WidgetIds.HISTORY_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headers = { Messages.History_colDate, Messages.History_colUser, Messages.History_colHost,
				Messages.History_colProcedures, Messages.History_colDecisions, Messages.History_colRestored };
		for (String header : headers) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		for (SyncReport report : reports) {
			fill(new TableItem(table, SWT.NONE), report);
		}
		columnsWidth = ColumnWidths.fit(table, columns);
		ColumnWidths.toolTips(table);
		table.addListener(SWT.Selection, e -> getButton(OPEN_ID).setEnabled(table.getSelectionCount() == 1));
		table.addListener(SWT.DefaultSelection, e -> open(table.getSelectionIndex()));
		return area;
	}

	private void fill(TableItem item, SyncReport report) {
		// Every procedure that went back, with or without decisions; not the shared debtors and creditors.
		List<String> procedures = new ArrayList<>();
		for (ReportText.Group group : text.groups(report)) {
			if (group.procedureId() != null) {
				procedures.add(group.title());
			}
		}
		long restored = report.entries().stream().filter(e -> e.restoration() != null).count();
		item.setText(new String[] { report.finishedAt() == null ? "" : text.instant(report.finishedAt()), //$NON-NLS-1$
				orEmpty(report.user()), orEmpty(report.host()), String.join("; ", procedures), //$NON-NLS-1$
				String.valueOf(report.entries().size()), String.valueOf(restored) });
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, OPEN_ID, Messages.History_open, true), WidgetIds.BUTTON_PREFIX + "history.0"); //$NON-NLS-1$
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.Button_close, false),
				WidgetIds.BUTTON_PREFIX + "history.1"); //$NON-NLS-1$
		// The newest report is selected: Open (or Enter) shows it.
		if (table.getItemCount() > 0) {
			table.setSelection(0);
		}
		getButton(OPEN_ID).setEnabled(table.getItemCount() > 0);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == OPEN_ID) {
			open(table.getSelectionIndex());
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Shows the report of the row in the report dialog; restorations made there show in the row. */
	private void open(int index) {
		if (index < 0 || index >= reports.size()) {
			return;
		}
		ReportDialog dialog = new ReportDialog(getShell(), reports.get(index));
		dialog.open();
		reports.set(index, dialog.report());
		fill(table.getItem(index), dialog.report());
	}

	/** Reads the reports from main (forked) and shows them; a failure is said in words. */
	static void open(Shell shell) {
		List<SyncReport> reports;
		try {
			reports = Dialogs.run(shell, Messages.History_loading, false, monitor -> OfflineUi.get().offline().reports());
		} catch (Exception e) {
			Dialogs.message(shell, Messages.History_title, org.eclipse.osgi.util.NLS.bind(Messages.History_failed, Dialogs.describe(e)),
					org.eclipse.jface.dialogs.MessageDialog.ERROR, "historyFailed"); //$NON-NLS-1$
			return;
		}
		new SyncHistoryDialog(shell, reports).open();
	}
}
