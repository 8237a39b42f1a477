package pau.ui.offline.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Installs the title suffix once the workbench runs (R2); the status widget is a trim contribution.
 */
public class OfflineStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		OfflineUi.get();
		workbench.getDisplay().asyncExec(() -> {
			try {
				new WindowTitle(workbench).install();
			} catch (RuntimeException e) {
				ILog.of(OfflineStartup.class).error("The offline-mode indication cannot be installed", e); //$NON-NLS-1$
			}
		});
		warnIfTheOfflineDatabaseIsUnavailable(workbench);
		KeyStoreWarning.showOnce(workbench);
	}

	/**
	 * The mode says offline but the offline database could not be opened (its key is gone, its files
	 * are damaged or in use): say so at once, instead of letting the window show other data quietly.
	 */
	private static void warnIfTheOfflineDatabaseIsUnavailable(IWorkbench workbench) {
		OfflineUi ui = OfflineUi.get();
		if (!ui.isOffline() || ui.active().isOffline()) {
			return;
		}
		String damage = ui.offline().damage(); // earlyStartup runs off the UI thread
		if (damage != null) {
			workbench.getDisplay().asyncExec(() -> RecoverOffline.offer(workbench.getDisplay().getActiveShell(), damage));
			return;
		}
		String location = String.valueOf(ui.offline().state().offlineDirectory());
		workbench.getDisplay().asyncExec(() -> Dialogs.message(workbench.getDisplay().getActiveShell(),
				Messages.Unavailable_title, NLS.bind(Messages.Unavailable_message, location), MessageDialog.ERROR,
				"offlineUnavailable")); //$NON-NLS-1$
	}
}
