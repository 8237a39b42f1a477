package pau.store;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the stores.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.store.messages";

	public static String Dialect_unsupported;
	public static String Store_unreachable;
	public static String Store_newerSchema;
	public static String Store_olderSchema;
	public static String Store_cannotMigrate;
	public static String Store_notAPauDatabase;
	public static String Store_offlineExists;
	public static String Store_offlineMissing;
	public static String Store_offlineWrongKey;
	public static String Store_changedMeanwhile;
	public static String Store_saveFailed;
	public static String Store_deleteFailed;
	public static String Store_readFailed;
	public static String Store_documentFailed;
	public static String Store_documentMissing;
	public static String Keys_unavailable;
	public static String Store_offlineSealMissing;
	public static String Store_offlineBehind;
	public static String Store_offlineUnreadable;
	public static String Store_offlineDocumentDamaged;
	public static String Store_noIntactBackup;
	public static String Store_backupFailed;
	public static String Store_offlineTruncated;
	public static String KeyStore_secretService;
	public static String KeyStore_file;
	public static String KeyStore_warning;
	public static String KeyStore_locked;
	public static String KeyStore_noMasterPassword;
	public static String KeyStore_reasonDisabled;
	public static String KeyStore_reasonNotLinux;
	public static String KeyStore_reasonNoSessionBus;
	public static String KeyStore_reasonNotInstalled;
	public static String KeyStore_reasonNoService;
	public static String KeyStore_reasonNoLibsecret;
	public static String KeyStore_reasonTimeout;
	public static String KeyStore_reasonFailed;
	public static String Fault_connection;
	public static String Fault_noAnswerWithin;
	public static String Fault_notFound;
	public static String Fault_login;
	public static String Fault_diskFull;
	public static String Fault_outOfMemory;
	public static String Fault_inUse;
	public static String Store_offlineValuesChanged;
	public static String Place_server;
	public static String Place_file;
	public static String Place_memory;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
