package pau.app.internal.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import pau.app.internal.common.Databases;
import pau.app.internal.common.Errors;
import pau.app.internal.common.Ids;
import pau.model.DataException;
import pau.store.SchemaOutdatedException;
import pau.store.StoreFactory;

/**
 * B11 "or migrated": when the main database holds an older schema, PAU Desk offers to upgrade it
 * (an administrator's step; a user without the rights to change tables is told so by the database).
 * The upgrade runs as a job; the procedures are read again when it is done.
 */
final class MainUpgrade {

	/** Dialog id for tests. */
	static final String DIALOG_ID = "mainUpgradeOffer"; //$NON-NLS-1$

	private static boolean offered;

	private MainUpgrade() {
	}

	/** Asks once per session; returns whether the user chose to upgrade (the job is then scheduled). */
	static boolean offer(Shell shell, SchemaOutdatedException outdated) {
		if (offered) {
			return false;
		}
		offered = true;
		MessageDialog dialog = new MessageDialog(shell, Messages.MainUpgrade_title, null,
				Messages.bind(Messages.MainUpgrade_question, outdated.found(), outdated.needed()), MessageDialog.QUESTION, 0,
				Messages.MainUpgrade_upgrade, Messages.MainUpgrade_cancel);
		dialog.setBlockOnOpen(false);
		dialog.create();
		dialog.getShell().setData(Ids.KEY, DIALOG_ID);
		dialog.setBlockOnOpen(true);
		if (dialog.open() != 0) {
			return false;
		}
		Job job = new Job(Messages.MainUpgrade_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					StoreFactory.Migration migration = Databases.active().migrateMain();
					Display.getDefault().asyncExec(() -> MessageDialog.openInformation(shell, Messages.MainUpgrade_title,
							Messages.bind(Messages.MainUpgrade_done, migration.from(), migration.to())));
				} catch (DataException e) {
					Display.getDefault().asyncExec(() -> Errors.show(shell, Messages.MainUpgrade_title, Messages.MainUpgrade_failed, e));
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return true;
	}
}
