package pau.ui.offline.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * R1: "Go offline…" opens the wizard; disabled while offline.
 */
public class GoOfflineHandler extends ModeHandler {

	public GoOfflineHandler() {
		super(false);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		GoOfflineWizard.open(HandlerUtil.getActiveShell(event));
		return null;
	}
}
