package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import pau.sync.OfflineService;

/**
 * Issue 20: "Get the Office's Changes": the office's changes to the taken procedures arrive in the
 * offline copy, nothing is handed in (OfflineService#refresh). Editors are closed first, because the
 * records under them change; enabled while offline and main answers (plugin.xml: enabledWhen).
 */
public class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		OfflineUi ui = OfflineUi.get();
		if (!ui.isOffline() || !OpenEditors.closeBeforeSwitching()) {
			return null;
		}
		OfflineService.Refreshed refreshed;
		try {
			refreshed = Dialogs.run(shell, Messages.Refresh_running, false, monitor -> ui.offline().refresh(monitor));
		} catch (Exception e) {
			if (RecoverOffline.isDamage(e)) {
				RecoverOffline.offer(shell, Dialogs.describe(e));
			} else {
				Dialogs.failure(shell, Messages.Refresh_title, NLS.bind(Messages.Refresh_failed, Dialogs.describe(e)), e,
						"refreshFailed"); //$NON-NLS-1$
			}
			return null;
		}
		ui.changed();
		SwitchToMain.refreshViews();
		Dialogs.message(shell, Messages.Refresh_title, NLS.bind(Messages.Refresh_done, new Object[] { refreshed.total(), refreshed.changed(), refreshed.deleted() }),
				MessageDialog.INFORMATION, "refreshed"); //$NON-NLS-1$
		return null;
	}
}
