package pau.ui.offline.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The offline UI's own preferences: keys, defaults (this class is the bundle's preference
 * initializer, org.eclipse.core.runtime.preferences), and the store. An administrator may set other
 * defaults in the product's plugin_customization.ini. The main database's URL, user and password are
 * not here: they belong to the active-database service (and the password to secure storage).
 */
public class OfflinePreferences extends AbstractPreferenceInitializer {

	/** The bundle's preference node. */
	static final String NODE = "pau.ui.offline"; //$NON-NLS-1$
	/** How long Test connection waits for the main database, in seconds (a slow VPN needs more). */
	static final String TEST_TIMEOUT_SECONDS = "testConnection.timeoutSeconds"; //$NON-NLS-1$

	private static IPreferenceStore store;

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(NODE).putInt(TEST_TIMEOUT_SECONDS, 5);
	}

	/** The preference store of the bundle (instance scope over the defaults). */
	static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
		}
		return store;
	}

	/** Test connection's timeout, at least one second. */
	static int testTimeoutSeconds() {
		return Math.max(1, store().getInt(TEST_TIMEOUT_SECONDS));
	}
}
