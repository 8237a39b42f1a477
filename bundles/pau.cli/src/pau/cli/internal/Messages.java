package pau.cli.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the command line.
 */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.cli.internal.messages"; //$NON-NLS-1$

	public static String Cli_usage;
	public static String Cli_usageWorkspace;
	public static String Cli_unknownCommand;
	public static String Cli_unknownOption;
	public static String Cli_unexpectedArgument;
	public static String Cli_missingOption;
	public static String Cli_notANumber;
	public static String Cli_serviceMissing;
	public static String Cli_badUrl;
	public static String DemoData_synopsis;
	public static String DemoData_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
