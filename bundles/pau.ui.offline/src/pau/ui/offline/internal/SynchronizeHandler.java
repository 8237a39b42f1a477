package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * R4: "Switch to main mode…" (with synchronization); enabled while offline and main answers
 * (plugin.xml: enabledWhen; R4: disabled without a connection).
 */
public class SynchronizeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SwitchToMain.synchronize(HandlerUtil.getActiveShell(event));
		return null;
	}
}
