package pau.sync.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the sync engine.
 */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.sync.internal.messages";

	public static String Checkout_task;
	public static String Checkout_creditors;
	public static String Checkout_procedure;
	public static String Checkout_procedures;
	public static String Checkout_counts;
	public static String Checkout_finishing;
	public static String Checkout_unknownProcedures;
	public static String Offline_alreadyOffline;
	public static String Offline_notOffline;
	public static String Offline_noProcedures;
	public static String Offline_goOfflineFailed;
	public static String Offline_cannotOpen;
	public static String Offline_busy;
	public static String Sync_task;
	public static String Sync_planning;
	public static String Sync_busy;
	public static String Sync_failed;
	public static String Sync_damaged;
	public static String Recover_task;
	public static String Sync_otherDatabase;
	public static String Sync_otherSchema;
	public static String Damage_mainDocument;
	public static String Damage_offlineDocument;
	public static String Offline_diskFull;
	public static String Offline_mainLost;
	public static String Sync_connectionLost;
	public static String Sync_localFinishFailed;

	public static String Sync_applying;
	public static String Restore_noReport;
	public static String Restore_noEntry;
	public static String Restore_notLost;
	public static String Restore_already;
	public static String Restore_changedAgain;
	public static String Restore_deleted;
	public static String Restore_reportChanged;
	public static String Sync_notKept;
	public static String Sync_commitUnknown;
	public static String Offline_cannotOpenDiskFull;
	public static String Offline_cannotOpenInUse;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
