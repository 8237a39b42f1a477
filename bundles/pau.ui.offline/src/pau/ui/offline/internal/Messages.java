package pau.ui.offline.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the offline-mode UI, worded as in the original Russian help page.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.ui.offline.internal.messages"; //$NON-NLS-1$

	public static String Mode_main;
	public static String Mode_offline;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
