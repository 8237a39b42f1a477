package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * R6: "Switch to main mode without synchronization…"; enabled while offline (plugin.xml: enabledWhen).
 */
public class DiscardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SwitchToMain.discard(HandlerUtil.getActiveShell(event));
		return null;
	}
}
