package pau.app.internal.editors;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;

import pau.app.internal.common.Errors;
import pau.model.DataException;
import pau.model.Enterprise;
import pau.model.RecordStore;

/**
 * A debtor: name, INN, OGRN/OGRNIP, address. An invalid INN or OGRN shows inline and blocks Save.
 */
public class EnterpriseEditor extends RecordEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "pau.app.editors.enterprise"; //$NON-NLS-1$

	private volatile Enterprise enterprise;
	private EnterprisePage page;

	@Override
	protected void load(RecordStore records) {
		RecordInput input = recordInput();
		enterprise = input.isNew() ? (Enterprise) input.fresh()
				: records.find(Enterprise.class, input.id()).orElseThrow(() -> new DataException(Messages.EnterpriseEditor_gone));
	}

	public Enterprise enterprise() {
		return enterprise;
	}

	@Override
	protected String title() {
		return recordInput().isNew() ? Messages.EnterpriseEditor_newTitle : enterprise.getName();
	}

	@Override
	protected void addPages() {
		try {
			page = new EnterprisePage(this);
			addPage(page);
		} catch (PartInitException e) {
			Errors.show(getSite().getShell(), Messages.Editor_openFailedTitle, e.getMessage(), e);
		}
	}

	@Override
	protected List<String> check() {
		Map<Control, String> parseProblems = page.panel.apply();
		return showAndCollect(enterprise.validate(), parseProblems);
	}

	@Override
	protected void save(RecordStore records) {
		enterprise = records.save(enterprise);
	}

	/** The one page of the enterprise editor. */
	static final class EnterprisePage extends RecordPage {
		FieldsPanel panel;

		EnterprisePage(EnterpriseEditor editor) {
			super(editor, "enterprise", Messages.EnterprisePage_title); //$NON-NLS-1$
		}

		private Enterprise enterprise() {
			return ((EnterpriseEditor) getEditor()).enterprise;
		}

		@Override
		protected void createContent(IManagedForm managedForm) {
			GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(managedForm.getForm().getBody());
			panel = new FieldsPanel(managedForm.getForm().getBody(), managedForm.getToolkit(), List.of(
					Field.text("enterprise.name", Messages.Enterprise_name, () -> enterprise().getName(), //$NON-NLS-1$
							v -> enterprise().setName(v)),
					Field.text("enterprise.inn", Messages.Enterprise_inn, () -> enterprise().getInn(), //$NON-NLS-1$
							v -> enterprise().setInn(v)),
					Field.text("enterprise.ogrn", Messages.Enterprise_ogrn, () -> enterprise().getOgrn(), //$NON-NLS-1$
							v -> enterprise().setOgrn(v)),
					Field.text("enterprise.address", Messages.Enterprise_address, () -> enterprise().getAddress(), //$NON-NLS-1$
							v -> enterprise().setAddress(v)).lines(3)));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(panel.getControl());
			panel.onChange(() -> {
				getEditor().markDirty();
				((EnterpriseEditor) getEditor()).check();
			});
		}

		@Override
		public void refresh() {
			panel.load();
		}
	}
}
