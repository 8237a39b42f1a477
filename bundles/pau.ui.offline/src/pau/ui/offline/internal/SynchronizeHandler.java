package pau.ui.offline.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * R4: "Switch to main mode…" (with synchronization); enabled while offline.
 */
public class SynchronizeHandler extends ModeHandler {

	public SynchronizeHandler() {
		super(true);
	}

	/** Offline, and main answers: synchronizing needs it (R4: disabled without a connection). */
	@Override
	public boolean isEnabled() {
		try {
			return super.isEnabled() && OfflineUi.get().connection().status().reachable();
		} catch (IllegalStateException e) {
			return false;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		SwitchToMain.synchronize(HandlerUtil.getActiveShell(event));
		return null;
	}
}
