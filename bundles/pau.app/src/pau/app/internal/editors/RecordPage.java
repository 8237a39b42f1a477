package pau.app.internal.editors;

import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of a record editor that can show re-read data.
 */
public abstract class RecordPage extends FormPage {

	protected RecordPage(RecordEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	public RecordEditor getEditor() {
		return (RecordEditor) super.getEditor();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		createContent(managedForm);
		refresh();
	}

	protected abstract void createContent(IManagedForm managedForm);

	/** Shows the editor's current data. */
	public abstract void refresh();
}
