package pau.ui.offline.internal;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import pau.sync.OfflineState;

/**
 * R1, last page: the offline database is ready; Close leaves the wizard.
 */
final class GoOfflineDonePage extends WizardPage {

	private Label details;

	GoOfflineDonePage() {
		super("done"); //$NON-NLS-1$
		setTitle(Messages.GoOffline_donePageTitle);
		setDescription(Messages.GoOffline_donePageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		details = new Label(area, SWT.WRAP);
		WidgetIds.tag(details, WidgetIds.WIZARD_DONE_TEXT);
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		setControl(area);
	}

	void show(OfflineState state) {
		details.setText(NLS.bind(Messages.GoOffline_doneDetails, state.procedures().size(),
				String.valueOf(state.offlineDirectory())));
		details.getParent().layout(true);
		setPageComplete(true);
	}

	@Override
	public IWizardPage getPreviousPage() {
		return null;
	}

	@Override
	public IWizardPage getNextPage() {
		return null;
	}
}
