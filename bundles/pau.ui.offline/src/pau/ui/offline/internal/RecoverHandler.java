package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * B17: "Check and Recover the Offline Database…"; enabled while offline (plugin.xml: enabledWhen).
 */
public class RecoverHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		RecoverOffline.run(HandlerUtil.getActiveShell(event));
		return null;
	}
}
