package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * R1: "Go offline…" opens the wizard; enabled in main mode (plugin.xml: enabledWhen).
 */
public class GoOfflineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		GoOfflineWizard.open(HandlerUtil.getActiveShell(event));
		return null;
	}
}
