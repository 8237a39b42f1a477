package pau.ui.offline.internal;

import java.time.Instant;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import pau.model.Dates;
import pau.store.OfflineRecovery;
import pau.sync.SyncException;

/**
 * B17 in the workbench: a damaged offline database is named as such, and its newest intact backup is
 * restored in one action (checked and restored off the UI thread), with what, if anything, is lost.
 */
final class RecoverOffline {

	private RecoverOffline() {
	}

	/** Whether a failure is a damaged offline copy. */
	static boolean isDamage(Throwable failure) {
		return failure instanceof SyncException sync && sync.reason() == SyncException.Reason.DAMAGED;
	}

	/**
	 * Says what is damaged and offers exactly what is safe (issue 19): restore the newest intact
	 * backup, switch to main mode without synchronization, or quit. Closed otherwise, the window
	 * stays offline and shows nothing (the offline database is held closed). UI thread.
	 */
	static void offer(Shell shell, String damage) {
		// The database's own words (chunk numbers, H2's version) go to the log, not to the lawyer.
		ILog.of(RecoverOffline.class).warn(damage);
		// As the offer says: the window shows no records until a choice is made. Damage found on the copy
		// in use (a preview's or a sync's read-back) left it open and shown behind the offer.
		OfflineUi.get().active().holdOffline(damage);
		Dialogs.Message question = new Dialogs.Message(shell, Messages.Recover_title,
				NLS.bind(Messages.Recover_offer, Messages.Recover_damaged), MessageDialog.ERROR, "recoverOffer", //$NON-NLS-1$
				Messages.Recover_restore, Messages.Recover_discard, Messages.Recover_quit);
		switch (question.open()) {
		case 0 -> run(shell);
		case 1 -> SwitchToMain.discard(shell);
		case 2 -> PlatformUI.getWorkbench().close();
		default -> {
			// closed: stays held, the same choices are in the status widget and the Tools menu
		}
		}
	}

	/** Checks the offline database whole and restores a backup when it is damaged. UI thread. */
	static void run(Shell shell) {
		OfflineUi ui = OfflineUi.get();
		if (!ui.isOffline() || !OpenEditors.closeBeforeSwitching()) {
			return;
		}
		OfflineRecovery recovery;
		try {
			recovery = Dialogs.run(shell, Messages.Recover_progress, false, monitor -> ui.offline().recover(monitor));
		} catch (Exception e) {
			Dialogs.failure(shell, Messages.Recover_title, NLS.bind(Messages.Recover_failed, Dialogs.describe(e)), e,
					"recoverFailed"); //$NON-NLS-1$
			return;
		} finally {
			ui.changed();
		}
		if (recovery == null) {
			Dialogs.message(shell, Messages.Recover_doneTitle, Messages.Recover_intact, MessageDialog.INFORMATION,
					"recoverIntact"); //$NON-NLS-1$
			return;
		}
		String lost = recovery.lostChanges() == 0 ? Messages.Recover_nothingLost
				: NLS.bind(Messages.Recover_lost, recovery.lostChanges(), time(recovery.lastSavedAt()));
		Dialogs.message(shell, Messages.Recover_doneTitle,
				NLS.bind(Messages.Recover_done, new Object[] { time(recovery.backupTakenAt()), lost, recovery.quarantined() }),
				recovery.lostChanges() == 0 ? MessageDialog.INFORMATION : MessageDialog.WARNING, "recoverDone"); //$NON-NLS-1$
	}

	private static String time(Instant instant) {
		return instant == null ? "?" : Dates.of(instant); //$NON-NLS-1$
	}
}
