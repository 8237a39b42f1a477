package pau.ui.offline.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.HandlerEvent;

/**
 * A handler enabled in one mode only; it tells the workbench when the mode changed, so menu items
 * follow without polling.
 */
abstract class ModeHandler extends AbstractHandler {

	private final boolean enabledOffline;
	private final Runnable listener = () -> fireHandlerChanged(new HandlerEvent(this, true, false));

	ModeHandler(boolean enabledOffline) {
		this.enabledOffline = enabledOffline;
		OfflineUi.get().addListener(listener);
	}

	@Override
	public boolean isEnabled() {
		try {
			return OfflineUi.get().isOffline() == enabledOffline;
		} catch (IllegalStateException e) {
			return false;
		}
	}

	@Override
	public void dispose() {
		OfflineUi.get().removeListener(listener);
		super.dispose();
	}
}
