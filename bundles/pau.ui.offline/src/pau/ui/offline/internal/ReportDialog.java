package pau.ui.offline.internal;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import pau.sync.SyncException;
import pau.sync.SyncReport;
import pau.sync.internal.ReportText;
import pau.sync.internal.SyncReports;

/**
 * B1/B2/B13: what a synchronization did (or, as a preview, would do), as a lawyer reads it: who
 * synchronized, from which computer and when, the counts, and every decision grouped by procedure
 * (debtor, case number), in words ({@link ReportText}). A lost offline value is restored into main
 * with one button; the report exports to CSV (for Excel), PDF and JSON.
 */
public final class ReportDialog extends Dialog {

	private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int RESTORE_ID = IDialogConstants.CLIENT_ID + 2;

	private final ReportText text = new ReportText();
	private SyncReport report;
	private Tree tree;
	private Label summary;
	private Label details;
	private TreeColumnLayout columns;
	/** The width the columns want, to show every text whole. */
	private int columnsWidth;
	/** Entries whose restore main refused because it changed the value again: no longer restorable here. */
	private final java.util.Set<Integer> changedAgain = new java.util.HashSet<>();

	public ReportDialog(Shell parent, SyncReport report) {
		super(parent);
		this.report = report;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/** The report as it is now (restored entries marked). */
	public SyncReport report() {
		return report;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(report.isPreview() ? Messages.Sync_previewTitle : Messages.Report_title);
	}

	/** Wide enough for every column's text (within the screen), so nothing is cut at the first look. */
	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(ColumnWidths.dialogWidth(getShell(), size.x, columnsWidth), Math.max(size.y, 560));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		if (report.isPreview()) {
			Label question = new Label(area, SWT.WRAP);
			question.setText(Messages.Sync_previewMessage);
			question.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		Label origin = new Label(area, SWT.WRAP);
		WidgetIds.tag(origin, WidgetIds.REPORT_ORIGIN);
		origin.setText(text.origin(report));
		origin.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary = new Label(area, SWT.WRAP);
		WidgetIds.tag(summary, WidgetIds.REPORT_SUMMARY);
		summary.setText(text.summary(report));
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		// Each column is as wide as its texts (ColumnWidths); room left over is shared among them.
		Composite holder = new Composite(area, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 300;
		holder.setLayoutData(data);
		columns = new TreeColumnLayout();
		holder.setLayout(columns);
		tree = new Tree(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		WidgetIds.tag(tree, WidgetIds.REPORT_TABLE);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		String[] headers = { text.text("Col_record"), text.text("Col_decision"), text.text("Col_field"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				text.text("Col_offline"), text.text("Col_main"), text.text("Col_restored") }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// A preview has nothing restored yet: no Restored column.
		int count = report.isPreview() ? headers.length - 1 : headers.length;
		for (int i = 0; i < count; i++) {
			new TreeColumn(tree, SWT.LEFT).setText(headers[i]);
		}
		tree.addListener(SWT.Selection, e -> selected());
		ColumnWidths.toolTips(tree);
		details = new Label(area, SWT.WRAP);
		WidgetIds.tag(details, WidgetIds.REPORT_DETAILS);
		GridData detailsData = new GridData(SWT.FILL, SWT.TOP, true, false);
		detailsData.heightHint = 3 * details.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 2;
		details.setLayoutData(detailsData);
		fill();
		return area;
	}

	/** The selected entry in full sentences under the table, and whether it can be restored. */
	private void selected() {
		ReportText.Line line = selectedLine();
		details.setText(line == null ? "" : text.details(line, restorable(line))); //$NON-NLS-1$
		updateRestoreButton();
	}

	private void fill() {
		tree.removeAll();
		Font bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
				org.eclipse.jface.resource.JFaceResources.DIALOG_FONT);
		for (ReportText.Group group : text.groups(report)) {
			TreeItem groupItem = new TreeItem(tree, SWT.NONE);
			groupItem.setText(0, group.title());
			groupItem.setText(1, group.counts());
			groupItem.setFont(0, bold);
			for (ReportText.Line line : group.lines()) {
				TreeItem item = new TreeItem(groupItem, SWT.NONE);
				item.setData(line);
				item.setText(new String[] { line.no() + ". " + line.record(), line.decision(), line.field(), //$NON-NLS-1$
						line.offlineValue(), line.mainValue(), status(line) });
			}
			groupItem.setExpanded(true);
		}
		columnsWidth = ColumnWidths.fit(tree, columns);
		tree.getParent().layout();
	}

	private String status(ReportText.Line line) {
		if (!line.restored().isEmpty()) {
			return line.restored();
		}
		if (changedAgain.contains(line.no())) {
			return Messages.Report_changedAgain;
		}
		return restorable(line) ? text.text("Restorable") : ""; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether the Restore button can write this entry back: a lost value main has not changed again since. */
	private boolean restorable(ReportText.Line line) {
		return !report.isPreview() && line.entry().restorable() && !changedAgain.contains(line.no());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (report.isPreview()) {
			createButton(parent, IDialogConstants.OK_ID, Messages.Sync_synchronize, true);
			createButton(parent, IDialogConstants.CANCEL_ID, Messages.Button_cancel, false);
		} else {
			WidgetIds.tag(createButton(parent, RESTORE_ID, Messages.Report_restore, false), WidgetIds.REPORT_RESTORE);
			createButton(parent, EXPORT_ID, Messages.Report_export, false);
			createButton(parent, IDialogConstants.OK_ID, Messages.Button_close, true);
			updateRestoreButton();
		}
		WidgetIds.tag(getButton(report.isPreview() ? IDialogConstants.OK_ID : EXPORT_ID),
				WidgetIds.BUTTON_PREFIX + "report.0"); //$NON-NLS-1$
		WidgetIds.tag(getButton(report.isPreview() ? IDialogConstants.CANCEL_ID : IDialogConstants.OK_ID),
				WidgetIds.BUTTON_PREFIX + "report.1"); //$NON-NLS-1$
	}

	private ReportText.Line selectedLine() {
		TreeItem[] selection = tree == null || tree.isDisposed() ? new TreeItem[0] : tree.getSelection();
		return selection.length == 1 && selection[0].getData() instanceof ReportText.Line line ? line : null;
	}

	private void updateRestoreButton() {
		if (getButton(RESTORE_ID) != null) {
			ReportText.Line line = selectedLine();
			getButton(RESTORE_ID).setEnabled(line != null && restorable(line));
		}
	}

	/** Fills the tree again from the report and selects the entry, with its sentence and button. */
	private void refreshRow(int entryNo) {
		fill();
		for (TreeItem group : tree.getItems()) {
			for (TreeItem item : group.getItems()) {
				if (item.getData() instanceof ReportText.Line shown && shown.no() == entryNo) {
					tree.setSelection(item);
				}
			}
		}
		selected();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == EXPORT_ID) {
			export();
		} else if (buttonId == RESTORE_ID) {
			ReportText.Line line = selectedLine();
			if (line != null) {
				restore(line.no());
			}
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/**
	 * B13: writes the offline value of the entry back into main (forked), then says what happened:
	 * written, or main changed the value again since (nothing written).
	 */
	public void restore(int entryNo) {
		try {
			report = Dialogs.run(getShell(), Messages.Report_restoring, false,
					monitor -> OfflineUi.get().offline().restore(report.checkoutId(), entryNo));
		} catch (SyncException e) {
			if (e.reason() == SyncException.Reason.CHANGED_AGAIN) {
				// The row and the button say so from now on, not "can be restored" again.
				changedAgain.add(entryNo);
				refreshRow(entryNo);
			}
			Dialogs.message(getShell(), Messages.Report_restoreTitle, NLS.bind(Messages.Report_restoreRefused, e.getMessage()),
					e.reason() == SyncException.Reason.CHANGED_AGAIN ? MessageDialog.WARNING : MessageDialog.ERROR,
					"restoreRefused"); //$NON-NLS-1$
			return;
		} catch (Exception e) {
			Dialogs.message(getShell(), Messages.Report_restoreTitle, NLS.bind(Messages.Report_restoreRefused, Dialogs.describe(e)),
					MessageDialog.ERROR, "restoreRefused"); //$NON-NLS-1$
			return;
		}
		refreshRow(entryNo);
		ReportText.Line line = text.line(entryNo, report.entries().get(entryNo - 1));
		Dialogs.message(getShell(), Messages.Report_restoreTitle, NLS.bind(Messages.Report_restored,
				new Object[] { line.record(), line.field(), line.offlineValue(), line.mainValue() }),
				MessageDialog.INFORMATION, "restored"); //$NON-NLS-1$
	}

	private void export() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.Report_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.pdf", "*.json" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setFilterNames(new String[] { Messages.Report_filterCsv, Messages.Report_filterPdf, Messages.Report_filterJson });
		dialog.setFileName(NLS.bind(Messages.Report_fileName, LocalDate.now()) + ".csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		String[] extensions = { ".csv", ".pdf", ".json" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String lower = file.toLowerCase(java.util.Locale.ROOT);
		if (!lower.endsWith(".csv") && !lower.endsWith(".pdf") && !lower.endsWith(".json")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			file += extensions[Math.max(0, dialog.getFilterIndex())];
		}
		export(Path.of(file));
	}

	/**
	 * Writes the report to the file (CSV, PDF or JSON by its extension) and says where it was saved:
	 * what Export… does after its file dialog.
	 */
	public void export(Path file) {
		try {
			// The file may be on a slow network share: write it off the UI thread.
			Dialogs.run(getShell(), Messages.Report_title, false, monitor -> {
				SyncReports.export(report, file);
				return null;
			});
		} catch (Exception e) {
			Dialogs.message(getShell(), Messages.Report_title, NLS.bind(Messages.Report_exportFailed, Dialogs.describe(e)),
					MessageDialog.ERROR, "exportFailed"); //$NON-NLS-1$
			return;
		}
		Dialogs.message(getShell(), Messages.Report_title, NLS.bind(Messages.Report_exported, file.toAbsolutePath()),
				MessageDialog.INFORMATION, "exported"); //$NON-NLS-1$
	}
}
