package pau.app.internal.views;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the procedures view.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.app.internal.views.messages"; //$NON-NLS-1$

	public static String ProceduresView_filterHint;
	public static String ProceduresView_retry;
	public static String ProceduresView_loadJob;
	public static String ProceduresView_filterJob;
	public static String ProceduresView_problem;
	public static String ProceduresView_errorTitle;
	public static String ProceduresView_loadFailed;
	public static String MainUpgrade_title;
	public static String MainUpgrade_question;
	public static String MainUpgrade_upgrade;
	public static String MainUpgrade_cancel;
	public static String MainUpgrade_job;
	public static String MainUpgrade_done;
	public static String MainUpgrade_failed;
	public static String Column_debtor;
	public static String Column_type;
	public static String Column_case;
	public static String Column_status;
	public static String Column_start;
	public static String Column_offline;
	public static String ProceduresView_held;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
