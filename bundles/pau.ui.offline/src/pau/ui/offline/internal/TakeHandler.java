package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Issue 20: "Take More Procedures Offline…": the go-offline wizard, adding to the copy in use; enabled
 * while offline and main answers (plugin.xml: enabledWhen).
 */
public class TakeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		GoOfflineWizard.open(HandlerUtil.getActiveShell(event));
		return null;
	}
}
