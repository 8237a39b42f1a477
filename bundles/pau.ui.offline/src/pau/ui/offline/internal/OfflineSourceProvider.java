package pau.ui.offline.internal;

import java.util.Map;

import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;

/**
 * The offline mode as variables of the workbench's evaluation context (issue 19), so that what follows
 * the mode is declared in {@code plugin.xml} and in the model fragment as expressions: the status
 * widget's trim contribution is visible, and the commands are enabled, when
 * {@code pau.ui.offline.isOffline} holds. Nothing else keeps that state by hand.
 */
public class OfflineSourceProvider extends AbstractSourceProvider {

	/** "offline" or "main". */
	public static final String MODE = "pau.ui.offline.mode"; //$NON-NLS-1$
	/** Whether the main database answered the last check (Boolean). */
	public static final String MAIN_REACHABLE = "pau.ui.offline.mainReachable"; //$NON-NLS-1$
	static final String OFFLINE = "offline"; //$NON-NLS-1$
	static final String MAIN = "main"; //$NON-NLS-1$

	private final Runnable listener = this::changed;
	private Map<String, Object> last;

	public OfflineSourceProvider() {
		OfflineUi.get().addListener(listener);
		last = getCurrentState();
	}

	@Override
	public Map<String, Object> getCurrentState() {
		try {
			OfflineUi ui = OfflineUi.get();
			return Map.of(MODE, ui.isOffline() ? OFFLINE : MAIN, MAIN_REACHABLE,
					Boolean.valueOf(ui.connection().status().reachable()));
		} catch (IllegalStateException e) { // the engine is gone (shutting down): nothing is offered
			return Map.of(MODE, MAIN, MAIN_REACHABLE, Boolean.FALSE);
		}
	}

	@Override
	public String[] getProvidedSourceNames() {
		return new String[] { MODE, MAIN_REACHABLE };
	}

	/** UI thread (OfflineUi's listeners run there). */
	private void changed() {
		Map<String, Object> now = getCurrentState();
		if (!now.equals(last)) {
			last = now;
			fireSourceChanged(ISources.WORKBENCH, now);
		}
	}

	@Override
	public void dispose() {
		OfflineUi.get().removeListener(listener);
	}
}
