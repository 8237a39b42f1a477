package pau.ui.offline.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import pau.sync.ConnectionMonitor;
import pau.sync.OfflineChanges;
import pau.sync.SyncReport;

/**
 * The two ways back to main mode: with synchronization (R4, B1, B2) and without it (R6, B12). Every
 * database or network call runs forked in a progress dialog; the UI thread only shows results.
 */
final class SwitchToMain {

	/** The application's Refresh command (pau.app), by id: this bundle does not depend on the views. */
	private static final String REFRESH_COMMAND = "pau.app.commands.refresh"; //$NON-NLS-1$

	private SwitchToMain() {
	}

	/**
	 * R4: checks the connection, shows the preview, synchronizes with progress, says it is done and
	 * shows the report. Returns whether the application is back in main mode.
	 */
	static boolean synchronize(Shell shell) {
		return synchronize(shell, false);
	}

	/**
	 * R4, or with {@code stayOffline} issue 20's "Synchronize and Stay Offline…": the same steps, then
	 * the work goes on offline with the procedures as main holds them now. Returns whether the
	 * application is back in main mode.
	 */
	static boolean synchronize(Shell shell, boolean stayOffline) {
		String title = stayOffline ? Messages.SyncStay_title : Messages.Sync_title;
		OfflineUi ui = OfflineUi.get();
		if (!ui.isOffline() || !OpenEditors.closeBeforeSwitching()) {
			return false;
		}
		ConnectionMonitor.Status status;
		try {
			status = Dialogs.run(shell, Messages.Sync_checking, false, monitor -> {
				monitor.beginTask(Messages.Sync_checking, -1);
				return ui.connection().checkNow();
			});
		} catch (Exception e) {
			status = new ConnectionMonitor.Status(false, Dialogs.describe(e), null);
		}
		ui.changed();
		if (!status.reachable()) {
			Dialogs.message(shell, title,
					NLS.bind(Messages.Sync_noConnection, Labels.orNone(status.reason())), MessageDialog.ERROR,
					"noConnection"); //$NON-NLS-1$
			return false;
		}
		SyncReport preview;
		try {
			preview = Dialogs.run(shell, Messages.Sync_previewing, true, monitor -> ui.offline().preview(monitor));
		} catch (InterruptedException e) {
			return false;
		} catch (Exception e) {
			failed(shell, title, e);
			return false;
		}
		if (new ReportDialog(shell, preview).open() != Window.OK) {
			return false;
		}
		SyncReport report;
		try {
			report = Dialogs.run(shell, title, false, monitor -> stayOffline ? ui.offline().synchronizeStayingOffline(monitor)
					: ui.offline().synchronize(monitor));
		} catch (Exception e) {
			failed(shell, title, e);
			return false;
		}
		ui.changed();
		refreshViews();
		boolean offline = ui.isOffline();
		String done = !stayOffline ? Messages.Sync_success
				: offline ? NLS.bind(Messages.SyncStay_success, report.totalArrived(), ui.offline().state().procedures().size())
						: Messages.SyncStay_nothingLeft;
		Dialogs.message(shell, title, done, MessageDialog.INFORMATION, "synchronized"); //$NON-NLS-1$
		new ReportDialog(shell, report).open();
		return !offline;
	}

	private static void failed(Shell shell, String title, Exception e) {
		if (RecoverOffline.isDamage(e)) {
			RecoverOffline.offer(shell, Dialogs.describe(e));
			return;
		}
		Dialogs.failure(shell, title, NLS.bind(Messages.Sync_failed, Dialogs.describe(e)), e,
				"syncFailed"); //$NON-NLS-1$
	}

	/**
	 * R6/B12: warns with the counts of what will be thrown away; only after the tick and Yes deletes
	 * the offline database. Returns whether the application is back in main mode.
	 */
	static boolean discard(Shell shell) {
		OfflineUi ui = OfflineUi.get();
		if (!ui.isOffline()) {
			return false;
		}
		// The warning comes first: asking "Save?" for an edit that is about to be thrown away with
		// all the offline work would be a question without a meaning (issue 12).
		boolean unsaved = OpenEditors.anyDirty();
		String message;
		try {
			OfflineChanges changes = Dialogs.run(shell, Messages.Discard_counting, false,
					monitor -> ui.offline().offlineChanges());
			message = NLS.bind(Messages.Discard_message,
					new Object[] { changes.created(), changes.changed(), changes.deleted() });
		} catch (Exception e) {
			message = NLS.bind(Messages.Discard_countsUnknown, Dialogs.describe(e));
		}
		if (unsaved) {
			message = message + "\n\n" + Messages.Discard_unsavedToo; //$NON-NLS-1$
		}
		if (new DiscardDialog(shell, message).open() != DiscardDialog.YES) {
			return false;
		}
		OpenEditors.closeWithoutSaving();
		try {
			Dialogs.run(shell, Messages.Discard_running, false, monitor -> {
				monitor.beginTask(Messages.Discard_running, -1);
				ui.offline().discard();
				return null;
			});
		} catch (Exception e) {
			Dialogs.failure(shell, Messages.Discard_title, NLS.bind(Messages.Discard_failed, Dialogs.describe(e)), e,
					"discardFailed"); //$NON-NLS-1$
			return false;
		}
		ui.changed();
		refreshViews();
		Dialogs.message(shell, Messages.Discard_title, Messages.Discard_done, MessageDialog.INFORMATION, "discarded"); //$NON-NLS-1$
		return true;
	}

	/**
	 * The views re-read when the application switches databases, which is before the engine marks the
	 * checkout returned in main: read once more, or our own checkout would show as held (B14).
	 */
	static void refreshViews() {
		try {
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(REFRESH_COMMAND, null);
		} catch (Exception e) {
			ILog.of(SwitchToMain.class).warn("The views could not be refreshed: " + e.getMessage()); //$NON-NLS-1$
		}
	}
}
