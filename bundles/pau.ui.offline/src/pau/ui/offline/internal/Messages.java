package pau.ui.offline.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the offline-mode UI, worded as in the original Russian help page.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.ui.offline.internal.messages"; //$NON-NLS-1$

	public static String Mode_main;
	public static String Unavailable_title;
	public static String Unavailable_message;
	public static String KeyStore_title;
	public static String KeyStore_checking;
	public static String Mode_offline;
	public static String Title_withSuffix;
	public static String Button_next;
	public static String Button_back;
	public static String Button_close;
	public static String Button_cancel;
	public static String Button_ok;
	public static String Button_yes;
	public static String Button_no;
	public static String GoOffline_windowTitle;
	public static String GoOffline_pageTitle;
	public static String GoOffline_pageDescription;
	public static String GoOffline_filter;
	public static String GoOffline_filterHint;
	public static String GoOffline_colDebtor;
	public static String GoOffline_colType;
	public static String GoOffline_colCase;
	public static String GoOffline_colStatus;
	public static String GoOffline_colOffline;
	public static String GoOffline_selectAll;
	public static String GoOffline_deselectAll;
	public static String GoOffline_selected;
	public static String GoOffline_loading;
	public static String GoOffline_unreachable;
	public static String GoOffline_loadFailed;
	public static String GoOffline_failed;
	public static String GoOffline_unreachableHeadline;
	public static String GoOffline_loadFailedHeadline;
	public static String GoOffline_failedHeadline;
	public static String GoOffline_diskFullTitle;
	public static String GoOffline_cancelled;
	public static String GoOffline_checkedOutBy;
	public static String GoOffline_donePageTitle;
	public static String GoOffline_donePageDescription;
	public static String GoOffline_doneDetails;
	public static String GoOffline_success;
	public static String GoOffline_heldTitle;
	public static String GoOffline_heldMessage;
	public static String GoOffline_heldLine;
	public static String GoOffline_heldTake;
	public static String GoOffline_heldNotTaken;
	public static String Widget_tooltip;
	public static String Widget_connected;
	public static String Widget_disconnected;
	public static String Widget_checking;
	public static String Widget_synchronize;
	public static String Widget_discard;
	public static String Widget_recover;
	public static String Recover_title;
	public static String Recover_progress;
	public static String Recover_offer;
	public static String Recover_restore;
	public static String Recover_failed;
	public static String Recover_intact;
	public static String Recover_done;
	public static String Recover_nothingLost;
	public static String Recover_lost;
	public static String Sync_title;
	public static String Sync_checking;
	public static String Sync_noConnection;
	public static String Sync_previewing;
	public static String Sync_previewTitle;
	public static String Sync_previewMessage;
	public static String Sync_synchronize;
	public static String Sync_success;
	public static String Sync_failed;
	public static String Report_title;
	public static String Report_export;
	public static String Report_exportFailed;
	public static String Kind_CONFLICT_MAIN_KEPT;
	public static String Kind_RESTORED;
	public static String Kind_ATTACHED;
	public static String Kind_DELETION_NOT_TRANSFERRED;
	public static String Kind_EDIT_OF_DELETED_NOT_APPLIED;
	public static String Discard_title;
	public static String Discard_message;
	public static String Discard_countsUnknown;
	public static String Discard_confirm;
	public static String Discard_counting;
	public static String Discard_running;
	public static String Discard_failed;
	public static String Discard_unsavedToo;
	public static String Discard_done;
	public static String Pref_mode;
	public static String Pref_since;
	public static String Pref_procedures;
	public static String Pref_location;
	public static String Pref_mainGroup;
	public static String Pref_url;
	public static String Pref_user;
	public static String Pref_password;
	public static String Pref_passwordNote;
	public static String Pref_mainReadOnly;
	public static String Pref_switch;
	public static String Pref_switchHint;
	public static String Pref_test;
	public static String Pref_testJob;
	public static String Pref_testRunning;
	public static String Pref_testOk;
	public static String Pref_testFailed;
	public static String Pref_urlMissing;
	public static String Pref_urlInvalid;
	public static String Pref_procedureLine;
	public static String Pref_none;
	public static String Pref_loading;

	public static String Report_restore;
	public static String Report_restoring;
	public static String Report_restoreTitle;
	public static String Report_restored;
	public static String Report_restoreRefused;
	public static String Report_exportTitle;
	public static String Report_exported;
	public static String Report_fileName;
	public static String Report_filterCsv;
	public static String Report_filterPdf;
	public static String Report_filterJson;
	public static String History_title;
	public static String History_intro;
	public static String History_none;
	public static String History_loading;
	public static String History_failed;
	public static String History_open;
	public static String History_colDate;
	public static String History_colUser;
	public static String History_colHost;
	public static String History_colProcedures;
	public static String History_colDecisions;
	public static String History_colRestored;
	public static String Recover_discard;
	public static String Recover_quit;
	public static String Recover_doneTitle;
	public static String Report_changedAgain;
	public static String GoOffline_editorsKept;
	public static String Pref_useRejectedTitle;
	public static String Pref_useRejected;
	public static String Pref_passwordNoteFile;
	public static String SyncStay_title;
	public static String SyncStay_success;
	public static String SyncStay_nothingLeft;
	public static String Refresh_title;
	public static String Refresh_running;
	public static String Refresh_done;
	public static String Refresh_failed;
	public static String Take_windowTitle;
	public static String Take_success;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
