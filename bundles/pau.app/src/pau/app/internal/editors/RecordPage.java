package pau.app.internal.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import pau.app.internal.common.Ids;

/**
 * A page of a record editor that can show re-read data.
 */
public abstract class RecordPage extends FormPage {

	private final String heading;

	protected RecordPage(RecordEditor editor, String id, String title) {
		super(editor, id, title);
		heading = title;
	}

	/**
	 * Gives the page's tab a shorter label than its heading, where the heading would crowd the editor's tabs
	 * (Russian «Реестр» for «Реестр требований кредиторов»); call before the page is added.
	 */
	RecordPage tab(String label) {
		setPartName(label);
		return this;
	}

	@Override
	public RecordEditor getEditor() {
		return (RecordEditor) super.getEditor();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(heading);
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		createContent(managedForm);
		refresh();
		updateBanner();
	}

	/**
	 * Shows the editor's banner under the page heading (B14: who has the procedure offline), or
	 * removes it when the editor has none.
	 */
	void updateBanner() {
		IManagedForm managedForm = getManagedForm();
		if (managedForm == null || managedForm.getForm().isDisposed()) {
			return;
		}
		Form form = managedForm.getForm().getForm();
		String text = getEditor().banner();
		if (text == null) {
			if (form.getHeadClient() != null) {
				form.getHeadClient().dispose();
				form.setHeadClient(null);
			}
			return;
		}
		if (form.getHeadClient() == null) {
			Composite banner = new Composite(form.getHead(), SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).applyTo(banner);
			Label icon = new Label(banner, SWT.NONE);
			icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
			Label label = new Label(banner, SWT.WRAP);
			Ids.set(label, "editor.offlineBanner"); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
			form.setHeadClient(banner);
		}
		Composite banner = (Composite) form.getHeadClient();
		((Label) banner.getChildren()[1]).setText(text);
		banner.layout(true);
		managedForm.getForm().reflow(true);
	}

	protected abstract void createContent(IManagedForm managedForm);

	/** The page body as two columns: a table with headers and lines (id {@code key.table}), buttons beside it. */
	protected static Table createTable(IManagedForm managedForm, String key) {
		Composite body = managedForm.getForm().getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		Table table = managedForm.getToolkit().createTable(body, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		Ids.set(table, key + ".table"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		return table;
	}

	/** A push button of the column beside the table, with a stable id. */
	protected static Button button(FormToolkit toolkit, Composite parent, String text, String id) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		Ids.set(button, id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		return button;
	}

	/** Shows the editor's current data. */
	public abstract void refresh();
}
