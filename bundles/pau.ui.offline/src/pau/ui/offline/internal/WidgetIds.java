package pau.ui.offline.internal;

/**
 * Stable widget ids (under SWTBot's data key) that UI tests find widgets by, whatever the language.
 */
public final class WidgetIds {

	/** The data key SWTBot uses for widget ids. */
	public static final String KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$
	/** The data key under which the status widget's tool item keeps its drop-down menu. */
	public static final String MENU_KEY = "pau.ui.offline.dropDownMenu"; //$NON-NLS-1$

	public static final String WIZARD_FILTER = "pau.ui.offline.wizard.filter"; //$NON-NLS-1$
	public static final String WIZARD_TABLE = "pau.ui.offline.wizard.procedures"; //$NON-NLS-1$
	public static final String WIZARD_SELECT_ALL = "pau.ui.offline.wizard.selectAll"; //$NON-NLS-1$
	public static final String WIZARD_DESELECT_ALL = "pau.ui.offline.wizard.deselectAll"; //$NON-NLS-1$
	public static final String WIZARD_COUNT = "pau.ui.offline.wizard.count"; //$NON-NLS-1$
	public static final String WIZARD_PROBLEM = "pau.ui.offline.wizard.problem"; //$NON-NLS-1$
	public static final String WIZARD_BACK = "pau.ui.offline.wizard.back"; //$NON-NLS-1$
	public static final String WIZARD_NEXT = "pau.ui.offline.wizard.next"; //$NON-NLS-1$
	public static final String WIZARD_CLOSE = "pau.ui.offline.wizard.close"; //$NON-NLS-1$
	public static final String WIZARD_CANCEL = "pau.ui.offline.wizard.cancel"; //$NON-NLS-1$
	public static final String WIZARD_DONE_TEXT = "pau.ui.offline.wizard.done"; //$NON-NLS-1$

	public static final String STATUS_TOOLBAR = "pau.ui.offline.status.toolbar"; //$NON-NLS-1$
	public static final String STATUS_ITEM = "pau.ui.offline.status"; //$NON-NLS-1$
	public static final String STATUS_STATE = "pau.ui.offline.status.state"; //$NON-NLS-1$
	public static final String STATUS_SYNCHRONIZE = "pau.ui.offline.status.synchronize"; //$NON-NLS-1$
	public static final String STATUS_SYNCHRONIZE_STAY = "pau.ui.offline.status.synchronizeStayOffline"; //$NON-NLS-1$
	public static final String STATUS_REFRESH = "pau.ui.offline.status.refresh"; //$NON-NLS-1$
	public static final String STATUS_DISCARD = "pau.ui.offline.status.discard"; //$NON-NLS-1$
	public static final String STATUS_RECOVER = "pau.ui.offline.status.recover"; //$NON-NLS-1$

	public static final String DISCARD_CONFIRM = "pau.ui.offline.discard.confirm"; //$NON-NLS-1$
	public static final String DISCARD_MESSAGE = "pau.ui.offline.discard.message"; //$NON-NLS-1$

	public static final String REPORT_TABLE = "pau.ui.offline.report.table"; //$NON-NLS-1$
	public static final String REPORT_SUMMARY = "pau.ui.offline.report.summary"; //$NON-NLS-1$
	public static final String REPORT_ORIGIN = "pau.ui.offline.report.origin"; //$NON-NLS-1$
	public static final String REPORT_DETAILS = "pau.ui.offline.report.details"; //$NON-NLS-1$
	public static final String REPORT_RESTORE = "pau.ui.offline.report.restore"; //$NON-NLS-1$
	public static final String HISTORY_TABLE = "pau.ui.offline.history.table"; //$NON-NLS-1$

	/** Prefix of the buttons of the offline UI's dialogs: prefix + dialog + "." + index. */
	public static final String BUTTON_PREFIX = "pau.ui.offline.button."; //$NON-NLS-1$

	public static final String PREF_MODE = "pau.ui.offline.pref.mode"; //$NON-NLS-1$
	public static final String PREF_SINCE = "pau.ui.offline.pref.since"; //$NON-NLS-1$
	public static final String PREF_PROCEDURES = "pau.ui.offline.pref.procedures"; //$NON-NLS-1$
	public static final String PREF_LOCATION = "pau.ui.offline.pref.location"; //$NON-NLS-1$
	public static final String PREF_URL = "pau.ui.offline.pref.url"; //$NON-NLS-1$
	public static final String PREF_USER = "pau.ui.offline.pref.user"; //$NON-NLS-1$
	public static final String PREF_PASSWORD = "pau.ui.offline.pref.password"; //$NON-NLS-1$
	public static final String PREF_SWITCH = "pau.ui.offline.pref.switch"; //$NON-NLS-1$
	public static final String PREF_TEST = "pau.ui.offline.pref.test"; //$NON-NLS-1$
	public static final String PREF_TEST_RESULT = "pau.ui.offline.pref.testResult"; //$NON-NLS-1$

	private WidgetIds() {
	}

	/** Gives the widget its id. */
	public static <W extends org.eclipse.swt.widgets.Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
