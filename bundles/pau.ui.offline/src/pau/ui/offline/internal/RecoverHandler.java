package pau.ui.offline.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * B17: "Check and Recover the Offline Database…"; enabled while offline.
 */
public class RecoverHandler extends ModeHandler {

	public RecoverHandler() {
		super(true);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		RecoverOffline.run(HandlerUtil.getActiveShell(event));
		return null;
	}
}
