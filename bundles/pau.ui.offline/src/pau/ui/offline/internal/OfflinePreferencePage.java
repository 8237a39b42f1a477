package pau.ui.offline.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import pau.model.Procedure;
import pau.store.DatabaseSettings;
import pau.sync.OfflineState;

/**
 * R3/R6: "Offline mode" in the Preferences: the current mode, since when, which procedures, where the
 * offline database is, the main database's URL and user (the password goes to secure storage through
 * the active-database service), and Switch, which while offline goes back to main mode without
 * synchronization through the same warning as the status widget.
 */
public class OfflinePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Label mode;
	private Label since;
	private Text procedures;
	private Text location;
	private Text url;
	private Text user;
	private Text password;
	private Label mainNote;
	private Button switchButton;
	private Button testButton;
	private Label testResult;
	/** The test of the main database's connection in progress, if any (issue 12). */
	private Job testJob;
	/** The settings the last Test Connection tried and what it found wrong, or null when they answered. */
	private DatabaseSettings tested;
	private String testFailure;
	private DatabaseSettings shown;
	private final Runnable listener = this::fill;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));

		mode = value(area, Messages.Pref_mode, WidgetIds.PREF_MODE);
		since = value(area, Messages.Pref_since, WidgetIds.PREF_SINCE);
		caption(area, Messages.Pref_procedures).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		procedures = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		readOnlyLook(procedures, true);
		WidgetIds.tag(procedures, WidgetIds.PREF_PROCEDURES);
		// Six lines show at once; more scroll.
		GridDataFactory.fillDefaults().grab(true, false).hint(240, 6 * procedures.getLineHeight()).applyTo(procedures);
		caption(area, Messages.Pref_location).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		// A long path wraps: a width hint keeps it from widening the Preferences dialog past the screen.
		location = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		readOnlyLook(location, true);
		WidgetIds.tag(location, WidgetIds.PREF_LOCATION);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(location);

		new Label(area, SWT.NONE);
		Composite switchRow = new Composite(area, SWT.NONE);
		GridLayout rowLayout = new GridLayout(2, false);
		rowLayout.marginWidth = 0;
		switchRow.setLayout(rowLayout);
		switchButton = new Button(switchRow, SWT.PUSH);
		switchButton.setText(Messages.Pref_switch);
		WidgetIds.tag(switchButton, WidgetIds.PREF_SWITCH);
		switchButton.addListener(SWT.Selection, e -> {
			SwitchToMain.discard(getShell());
			fill();
		});
		new Label(switchRow, SWT.NONE).setText(Messages.Pref_switchHint);

		Group main = new Group(area, SWT.NONE);
		main.setText(Messages.Pref_mainGroup);
		main.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 10).applyTo(main);
		url = field(main, Messages.Pref_url, WidgetIds.PREF_URL, SWT.NONE);
		user = field(main, Messages.Pref_user, WidgetIds.PREF_USER, SWT.NONE);
		password = field(main, Messages.Pref_password, WidgetIds.PREF_PASSWORD, SWT.PASSWORD);
		for (Text field : new Text[] { url, user, password }) {
			field.addListener(SWT.Modify, e -> { // an earlier result no longer says anything about these
				if (testResult != null && testJob == null) {
					testResult.setText(""); //$NON-NLS-1$
				}
				validate();
			});
		}
		new Label(main, SWT.NONE);
		testButton = new Button(main, SWT.PUSH);
		testButton.setText(Messages.Pref_test);
		WidgetIds.tag(testButton, WidgetIds.PREF_TEST);
		testButton.addListener(SWT.Selection, e -> testConnection());
		// The result under the fields, as wide as the group: a reason with a URL in it is long.
		testResult = new Label(main, SWT.WRAP);
		WidgetIds.tag(testResult, WidgetIds.PREF_TEST_RESULT);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(testResult);
		mainNote = new Label(main, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(mainNote);

		OfflineUi.get().addListener(listener);
		area.addListener(SWT.Dispose, e -> OfflineUi.get().removeListener(listener));
		fill();
		return area;
	}

	private static Label caption(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Label value(Composite parent, String caption, String id) {
		caption(parent, caption);
		Label label = new Label(parent, SWT.NONE);
		WidgetIds.tag(label, id);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return label;
	}

	private static Text field(Composite parent, String caption, String id, int style) {
		caption(parent, caption);
		Text text = new Text(parent, SWT.BORDER | style);
		WidgetIds.tag(text, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** Shows the current state; the procedures' names are read in the background. UI thread. */
	private void fill() {
		if (mode == null || mode.isDisposed()) {
			return;
		}
		OfflineUi ui = OfflineUi.get();
		OfflineState state = ui.offline().state();
		boolean offline = state.isOffline();
		mode.setText(offline ? Messages.Mode_offline : Messages.Mode_main);
		since.setText(offline ? Labels.of(state.since()) : Messages.Pref_none);
		location.setText(offline ? Labels.orNone(String.valueOf(state.offlineDirectory())) : Messages.Pref_none);
		procedures.setText(offline ? Messages.Pref_loading : Messages.Pref_none);
		switchButton.setEnabled(offline);
		shown = ui.active().mainSettings();
		url.setText(offline && state.originUrl() != null ? state.originUrl() : shown.url());
		user.setText(shown.user());
		password.setText(shown.password());
		for (Text field : new Text[] { url, user, password }) {
			field.setEditable(!offline);
			readOnlyLook(field, offline);
		}
		testButton.setEnabled(!offline);
		validate();
		mainNote.setText(offline ? Messages.Pref_mainReadOnly
				// where its key is (checked at start-up already); the key file's path is in the start-up notice
				: pau.store.KeyStore.current().isFallback() ? Messages.Pref_passwordNoteFile : Messages.Pref_passwordNote);
		mode.getParent().layout(true, true);
		if (offline) {
			loadProcedures(state.procedures());
		}
	}

	/**
	 * A field the user cannot change looks like a value, not like an input (issue 12): the page's
	 * background instead of the white of an entry field. The text can still be selected and copied.
	 */
	private static void readOnlyLook(Text text, boolean readOnly) {
		text.setBackground(readOnly ? text.getParent().getBackground() : null);
	}

	/** Only a JDBC URL of H2 or PostgreSQL is accepted; anything else is named before it is saved. */
	private void validate() {
		String problem = OfflineUi.get().isOffline() ? null : urlProblem(url.getText().trim());
		setErrorMessage(problem);
		setValid(problem == null);
		testButton.setEnabled(problem == null && !OfflineUi.get().isOffline() && testJob == null);
	}

	/** Why the text is no main-database URL, or null. */
	static String urlProblem(String text) {
		if (text.isEmpty()) {
			return Messages.Pref_urlMissing;
		}
		if (!(text.startsWith("jdbc:h2:") || text.startsWith("jdbc:postgresql:")) //$NON-NLS-1$ //$NON-NLS-2$
				|| text.equals("jdbc:h2:") || text.equals("jdbc:postgresql:")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Messages.Pref_urlInvalid;
		}
		return null;
	}

	/** Tries the typed settings in a job, off the UI thread, and says in words whether main answers. */
	private void testConnection() {
		Duration timeout = Duration.ofSeconds(OfflinePreferences.testTimeoutSeconds());
		DatabaseSettings typed = new DatabaseSettings(url.getText().trim(), user.getText().trim(), password.getText());
		testResult.setText(Messages.Pref_testRunning);
		testResult.getParent().layout(true);
		tested = null;
		Display display = getShell().getDisplay();
		testJob = Job.create(Messages.Pref_testJob, monitor -> {
			String failure = null;
			try {
				OfflineUi.get().factory().checkReachable(typed, timeout);
			} catch (RuntimeException e) {
				failure = Dialogs.describe(e);
			}
			String result = failure;
			display.asyncExec(() -> {
				tested = typed;
				testFailure = result;
				showTestResult(result);
			});
			return Status.OK_STATUS;
		});
		testJob.schedule();
		validate();
	}

	private void showTestResult(String failure) {
		testJob = null;
		if (testResult.isDisposed()) {
			return;
		}
		testResult.setText(failure == null ? Messages.Pref_testOk : NLS.bind(Messages.Pref_testFailed, failure));
		testResult.getParent().getParent().layout(true, true);
		validate();
	}

	private void loadProcedures(List<UUID> ids) {
		Display display = getShell().getDisplay();
		Job job = Job.create(Messages.Pref_procedures, monitor -> {
			List<String> names = new ArrayList<>();
			try {
				var records = OfflineUi.get().active().current().records();
				for (UUID id : ids) {
					names.add(records.find(Procedure.class, id)
							.map(p -> NLS.bind(Messages.Pref_procedureLine, new Object[] { p.getCaseNumber(),
									p.getEnterprise() == null ? "" : p.getEnterprise().getName(), //$NON-NLS-1$
									Labels.of(p.getType()) }))
							.orElse(id.toString()));
				}
			} catch (RuntimeException e) {
				ids.forEach(id -> names.add(id.toString()));
			}
			display.asyncExec(() -> {
				if (!procedures.isDisposed()) {
					procedures.setText(String.join("\n", names)); //$NON-NLS-1$
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	@Override
	public boolean performOk() {
		if (url == null || url.isDisposed() || OfflineUi.get().isOffline()) {
			return true;
		}
		DatabaseSettings wanted = new DatabaseSettings(url.getText().trim(), user.getText().trim(), password.getText());
		if (!wanted.equals(shown) && wanted.equals(tested) && testFailure != null
				&& !MessageDialog.openQuestion(getShell(), Messages.Pref_useRejectedTitle,
						NLS.bind(Messages.Pref_useRejected, testFailure))) {
			return false; // the dialog stays open with the settings as typed
		}
		if (!wanted.equals(shown)) {
			shown = wanted;
			// Closing the open main database may wait for connections: not on the UI thread.
			Job.create(Messages.Pref_mainGroup, monitor -> {
				try {
					OfflineUi.get().active().setMainSettings(wanted);
				} catch (RuntimeException e) {
					ILog.of(OfflinePreferencePage.class).error("The main database settings cannot be saved", e); //$NON-NLS-1$
				}
			}).schedule();
		}
		return true;
	}
}
