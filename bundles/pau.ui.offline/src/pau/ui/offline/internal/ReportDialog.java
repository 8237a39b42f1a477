package pau.ui.offline.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import pau.sync.SyncReport;
import pau.sync.internal.SyncReports;

/**
 * B1/B2: what a synchronization did (or, as a preview, would do), in a table: every merge decision
 * (conflicts where main won, records restored, procedures attached, deletions not transferred) and
 * the counts of inserted and updated records; exportable as JSON or CSV.
 */
final class ReportDialog extends Dialog {

	private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 1;

	private final SyncReport report;

	ReportDialog(Shell parent, SyncReport report) {
		super(parent);
		this.report = report;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(report.isPreview() ? Messages.Sync_previewTitle : Messages.Report_title);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(960, 480);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = new Label(area, SWT.WRAP);
		WidgetIds.tag(summary, WidgetIds.REPORT_SUMMARY);
		String counts = NLS.bind(report.isPreview() ? Messages.Report_previewSummary : Messages.Report_summary,
				new Object[] { report.totalInserted(), report.totalUpdated(), report.entries().size() });
		summary.setText(report.isPreview() ? Messages.Sync_previewMessage + "\n\n" + counts : counts); //$NON-NLS-1$
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		WidgetIds.tag(table, WidgetIds.REPORT_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 260;
		table.setLayoutData(data);
		String[] headers = { Messages.Report_colDecision, Messages.Report_colTable, Messages.Report_colRecord,
				Messages.Report_colField, Messages.Report_colOffline, Messages.Report_colMain };
		int[] widths = { 230, 120, 230, 100, 120, 120 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.setWidth(widths[i]);
		}
		for (SyncReport.Entry entry : report.entries()) {
			row(table, Labels.of(entry.kind()), Labels.table(entry.table()), entry.record(), entry.field(), entry.offlineValue(),
					entry.mainValue());
		}
		counts(table, report.inserted(), Messages.Report_inserted);
		counts(table, report.updated(), Messages.Report_updated);
		return area;
	}

	private static void counts(Table table, Map<String, Integer> byTable, String decision) {
		byTable.forEach((name, count) -> row(table, decision, Labels.table(name), NLS.bind(Messages.Report_count, count), null, null,
				null));
	}

	private static void row(Table table, String... cells) {
		TableItem item = new TableItem(table, SWT.NONE);
		for (int i = 0; i < cells.length; i++) {
			item.setText(i, cells[i] == null ? "" : cells[i]); //$NON-NLS-1$
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (report.isPreview()) {
			createButton(parent, IDialogConstants.OK_ID, Messages.Sync_synchronize, true);
			createButton(parent, IDialogConstants.CANCEL_ID, Messages.Button_cancel, false);
		} else {
			createButton(parent, EXPORT_ID, Messages.Report_export, false);
			createButton(parent, IDialogConstants.OK_ID, Messages.Button_close, true);
		}
		WidgetIds.tag(getButton(report.isPreview() ? IDialogConstants.OK_ID : EXPORT_ID),
				WidgetIds.BUTTON_PREFIX + "report.0"); //$NON-NLS-1$
		WidgetIds.tag(getButton(report.isPreview() ? IDialogConstants.CANCEL_ID : IDialogConstants.OK_ID),
				WidgetIds.BUTTON_PREFIX + "report.1"); //$NON-NLS-1$
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == EXPORT_ID) {
			export();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private void export() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.json", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName("sync-report.json"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			// The file may be on a slow network share: write it off the UI thread.
			Dialogs.run(getShell(), Messages.Report_title, false, monitor -> {
				SyncReports.export(report, Path.of(file));
				return null;
			});
		} catch (Exception e) {
			MessageDialog.openError(getShell(), Messages.Report_title,
					NLS.bind(Messages.Report_exportFailed, Dialogs.describe(e)));
		}
	}
}
