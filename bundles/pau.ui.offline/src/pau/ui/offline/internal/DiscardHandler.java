package pau.ui.offline.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * R6: "Switch to main mode without synchronization…"; enabled while offline.
 */
public class DiscardHandler extends ModeHandler {

	public DiscardHandler() {
		super(true);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		SwitchToMain.discard(HandlerUtil.getActiveShell(event));
		return null;
	}
}
