package pau.app.internal.handlers;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the commands.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.app.internal.handlers.messages"; //$NON-NLS-1$

	public static String Delete_enterpriseQuestion;
	public static String Delete_procedureQuestion;
	public static String Delete_failedTitle;
	public static String Delete_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
