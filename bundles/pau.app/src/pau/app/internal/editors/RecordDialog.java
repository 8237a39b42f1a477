package pau.app.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import pau.model.Record;

/**
 * Edits one record of a procedure (claim, meeting, letter) in place. OK is enabled only while the
 * record is valid; the problems show in the dialog's message line. Cancel restores the old values.
 */
public final class RecordDialog extends TitleAreaDialog {

	private final String title;
	private final String description;
	private final Record record;
	private final List<Field<?>> fields;
	private final List<Runnable> restore = new ArrayList<>();
	private FieldsPanel panel;

	public RecordDialog(Shell parent, String title, String description, Record record, List<Field<?>> fields) {
		super(parent);
		this.title = title;
		this.description = description;
		this.record = record;
		this.fields = fields;
		for (Field<?> field : fields) {
			restore.add(remember(field));
		}
	}

	private static <V> Runnable remember(Field<V> field) {
		V old = field.get.get();
		return () -> field.set.accept(old);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(description);
		panel = new FieldsPanel(area, null, fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(panel.getControl());
		panel.onChange(this::check);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// JFace's own labels are English only.
		createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Dialog_cancel, false);
		check();
	}

	private void check() {
		Map<Control, String> parseProblems = panel.apply();
		List<String> problems = new ArrayList<>(parseProblems.values());
		problems.addAll(record.validate());
		setErrorMessage(problems.isEmpty() ? null : String.join(" ", problems)); //$NON-NLS-1$
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problems.isEmpty());
		}
	}

	@Override
	protected void cancelPressed() {
		for (Runnable undo : restore) {
			undo.run();
		}
		super.cancelPressed();
	}

	@Override
	public boolean close() {
		if (getReturnCode() != OK) {
			for (Runnable undo : restore) {
				undo.run();
			}
		}
		return super.close();
	}
}
