package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Issue 20: "Synchronize and Stay Offline…": hands in the offline work and goes on offline with the
 * office's changes; enabled while offline and main answers (plugin.xml: enabledWhen).
 */
public class SynchronizeStayOfflineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SwitchToMain.synchronize(HandlerUtil.getActiveShell(event), true);
		return null;
	}
}
