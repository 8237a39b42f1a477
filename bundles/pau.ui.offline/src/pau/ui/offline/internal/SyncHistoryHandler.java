package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Tools › Synchronization history… (B1, B13): the reports kept in main.
 */
public class SyncHistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SyncHistoryDialog.open(HandlerUtil.getActiveShell(event));
		return null;
	}
}
