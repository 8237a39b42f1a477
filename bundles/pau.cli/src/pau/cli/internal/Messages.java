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
	public static String Cli_outOfMemory;
	public static String Cli_cannotRead;
	public static String Cli_twoPasswords;
	public static String Cli_passwordFile;
	public static String InitMain_synopsis;
	public static String InitMain_created;
	public static String InitMain_exists;
	public static String Migrate_synopsis;
	public static String Migrate_done;
	public static String Migrate_current;
	public static String DemoData_synopsis;
	public static String DemoData_done;
	public static String GoOffline_synopsis;
	public static String GoOffline_chooseOne;
	public static String GoOffline_badId;
	public static String GoOffline_unknownCase;
	public static String GoOffline_already;
	public static String GoOffline_done;
	public static String GoOffline_cancelled;
	public static String Sync_synopsis;
	public static String Sync_notOffline;
	public static String Sync_done;
	public static String Sync_previewDone;
	public static String Sync_reportFailed;
	public static String Discard_synopsis;
	public static String Discard_needsYes;
	public static String Discard_done;
	public static String Discard_doneUncounted;
	public static String Discard_countsUnknown;
	public static String Status_synopsis;
	public static String Status_mode;
	public static String Status_main;
	public static String Status_offline;
	public static String Status_mainUrl;
	public static String Status_reachable;
	public static String Status_unreachable;
	public static String Status_offlineUrl;
	public static String Status_since;
	public static String Status_damaged;
	public static String Status_quarantined;
	public static String Status_checkout;
	public static String Recover_synopsis;
	public static String Recover_intact;
	public static String Recover_restored;
	public static String Recover_nothingLost;
	public static String Recover_lost;
	public static String Status_keyStore;
	public static String Status_keyStoreWarning;

	public static String Reports_synopsis;
	public static String Reports_none;
	public static String Reports_report;
	public static String Reports_values;
	public static String Restore_synopsis;
	public static String Restore_usage;
	public static String Restore_done;
	public static String Restore_noSuchReport;
	public static String Take_synopsis;
	public static String Take_chooseOne;
	public static String Take_notOffline;
	public static String Take_done;
	public static String Take_nothing;
	public static String Take_cancelled;
	public static String Sync_stayedOffline;
	public static String Sync_nothingToStayWith;
	public static String Sync_doneStaying;
	public static String Refresh_synopsis;
	public static String Refresh_notOffline;
	public static String Refresh_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
