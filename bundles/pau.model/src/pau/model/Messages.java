package pau.model;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the domain rules.
 */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.model.messages"; //$NON-NLS-1$

	public static String Validation_nameRequired;
	public static String Validation_innInvalid;
	public static String Validation_ogrnInvalid;
	public static String Validation_enterpriseRequired;
	public static String Validation_typeRequired;
	public static String Validation_statusRequired;
	public static String Validation_endBeforeStart;
	public static String Validation_procedureRequired;
	public static String Validation_creditorRequired;
	public static String Validation_amountNegative;
	public static String Validation_queueRequired;
	public static String Validation_dateRequired;
	public static String Validation_directionRequired;
	public static String Validation_fileNameRequired;
	public static String Validation_categoryRequired;
	public static String Validation_valueNegative;
	public static String Validation_titleRequired;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
