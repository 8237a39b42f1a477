package pau.ui.offline.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

import pau.store.KeyStore;

/**
 * Where no Secret Service runs, the keys of the offline databases are protected only by a key file in
 * the home directory: say so once, in a message that blocks nothing. Checking for a Secret Service may
 * take a few seconds, so it runs in a job, never on the UI thread.
 */
final class KeyStoreWarning {

	/** Id of the message's buttons (see {@link WidgetIds#BUTTON_PREFIX}). */
	static final String ID = "keyStore"; //$NON-NLS-1$

	private KeyStoreWarning() {
	}

	static void showOnce(IWorkbench workbench) {
		Job job = Job.create(Messages.KeyStore_checking, monitor -> {
			String warning = KeyStore.current().warningOnce();
			Display display = workbench.getDisplay();
			if (warning != null && !display.isDisposed()) {
				display.asyncExec(() -> Dialogs.notice(display.getActiveShell(), Messages.KeyStore_title, warning,
						MessageDialog.WARNING, ID));
			}
		});
		job.setSystem(true);
		job.schedule();
	}
}
