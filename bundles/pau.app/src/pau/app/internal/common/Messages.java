package pau.app.internal.common;

import org.eclipse.osgi.util.NLS;

/**
 * Labels of the model's values and formats.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.app.internal.common.messages"; //$NON-NLS-1$

	public static String Format_datePattern;
	public static String Format_dateTimePattern;
	public static String Format_badDate;
	public static String Format_badDateTime;
	public static String Format_badAmount;
	public static String Format_amountRequired;
	public static String Databases_serviceMissing;
	public static String Checkout_short;
	public static String Checkout_who;
	public static String Checkout_banner;
	public static String Errors_mainUnreachable;
	public static String Errors_database;
	public static String Errors_unexpected;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
