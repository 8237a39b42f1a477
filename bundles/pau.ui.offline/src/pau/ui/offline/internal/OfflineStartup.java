package pau.ui.offline.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Installs the title suffix and the status widget once the workbench runs (R2).
 */
public class OfflineStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		OfflineUi.get();
		workbench.getDisplay().asyncExec(() -> {
			try {
				new WindowDecorator(workbench).install();
			} catch (RuntimeException e) {
				ILog.of(OfflineStartup.class).error("The offline-mode indication cannot be installed", e); //$NON-NLS-1$
			}
		});
	}
}
