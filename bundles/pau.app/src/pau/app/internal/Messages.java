package pau.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the application shell.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.app.internal.messages"; //$NON-NLS-1$

	public static String Application_name;
	public static String Menu_file;
	public static String Menu_tools;
	public static String Menu_help;
	public static String Menu_exit;
	public static String Menu_about;
	public static String Menu_preferences;
	public static String Menu_save;
	public static String Status_main;
	public static String Status_offline;
	public static String Status_noDatabase;
	public static String Status_offlineHeld;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
