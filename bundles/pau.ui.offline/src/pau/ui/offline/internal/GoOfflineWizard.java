package pau.ui.offline.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import pau.sync.OfflineState;
import pau.sync.SyncException;

/**
 * R1: the "Go offline" wizard. Page 1 selects procedures; Next copies them (forked, with progress and
 * a working Cancel), says "You have successfully switched to offline mode…" and shows page 2, which
 * the user leaves with Close.
 */
final class GoOfflineWizard extends Wizard {

	private final ProcedureSelectionPage selection = new ProcedureSelectionPage();
	private final GoOfflineDonePage done = new GoOfflineDonePage();
	/** Issue 20: opened while offline, the wizard adds procedures to the copy in use (take). */
	private final boolean adding;

	GoOfflineWizard(boolean adding) {
		this.adding = adding;
		setWindowTitle(adding ? Messages.Take_windowTitle : Messages.GoOffline_windowTitle);
		setNeedsProgressMonitor(true);
	}

	/**
	 * Opens the wizard over the shell; editors stay open until the user goes offline (Cancel keeps them).
	 * While offline it takes more procedures into the copy in use (issue 20).
	 */
	static void open(Shell shell) {
		new GoOfflineDialog(shell, new GoOfflineWizard(OfflineUi.get().isOffline())).open();
	}

	@Override
	public void addPages() {
		addPage(selection);
		addPage(done);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == done;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	/** Goes offline with the selected procedures; true when it succeeded. */
	boolean goOffline(WizardDialog dialog) {
		List<UUID> ids = selection.selectedIds();
		if (!takeHeldAnyway(dialog.getShell())) {
			return false;
		}
		// The editors show main's records: they close now, asking about unsaved changes, not before.
		// Taking more changes no record an editor shows: they stay open.
		if (!adding && !OpenEditors.closeBeforeSwitching()) {
			selection.setMessage(Messages.GoOffline_editorsKept, IMessageProvider.WARNING);
			return false;
		}
		OfflineState[] result = new OfflineState[1];
		selection.showProblem(null);
		try {
			dialog.run(true, true, monitor -> {
				try {
					result[0] = adding ? OfflineUi.get().offline().take(ids, monitor)
							: OfflineUi.get().offline().goOffline(ids, monitor);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InterruptedException e) {
			selection.setMessage(Messages.GoOffline_cancelled, IMessageProvider.WARNING);
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			String text = Dialogs.describe(cause);
			if (cause instanceof SyncException sync && sync.reason() == SyncException.Reason.UNREACHABLE) {
				selection.showProblem(ProcedureSelectionPage.unreachable(text));
			} else if (cause instanceof SyncException sync && sync.reason() == SyncException.Reason.DISK_FULL) {
				// Not just a line on the page: the user has to free space before anything else works.
				selection.showProblem(new ProcedureSelectionPage.Problem(Messages.GoOffline_failedHeadline, text));
				Dialogs.failure(dialog.getShell(), Messages.GoOffline_diskFullTitle, text, cause, "goOfflineDiskFull"); //$NON-NLS-1$
			} else {
				selection.showProblem(new ProcedureSelectionPage.Problem(Messages.GoOffline_failedHeadline,
						NLS.bind(Messages.GoOffline_failed, text)));
			}
			return false;
		}
		done.show(result[0]);
		OfflineUi.get().changed();
		if (adding) {
			SwitchToMain.refreshViews();
		}
		Dialogs.message(dialog.getShell(), adding ? Messages.Take_windowTitle : Messages.GoOffline_windowTitle,
				adding ? NLS.bind(Messages.Take_success, ids.size()) : Messages.GoOffline_success,
				MessageDialog.INFORMATION, "goOfflineSuccess"); //$NON-NLS-1$
		return true;
	}

	/**
	 * B14: a procedure someone else has offline is taken only after the user read who has it and
	 * agreed: their offline edits and ours would then compete, and main keeps the first to arrive.
	 */
	private boolean takeHeldAnyway(Shell shell) {
		List<ProcedureSelectionPage.Row> held = selection.selectedHeld();
		if (held.isEmpty()) {
			return true;
		}
		String list = held.stream()
				.map(r -> NLS.bind(Messages.GoOffline_heldLine, new Object[] { r.caseNumber(), r.debtor(), r.offlineAt() }))
				.collect(java.util.stream.Collectors.joining("\n")); //$NON-NLS-1$
		// Cancel is the default button: Enter must not take it by accident.
		Dialogs.Message warning = new Dialogs.Message(shell, Messages.GoOffline_heldTitle,
				NLS.bind(Messages.GoOffline_heldMessage, list), MessageDialog.WARNING, "takeHeld", 1, //$NON-NLS-1$
				Messages.GoOffline_heldTake, Messages.Button_cancel);
		if (warning.open() == 0) {
			return true;
		}
		selection.setMessage(Messages.GoOffline_heldNotTaken, IMessageProvider.WARNING);
		return false;
	}

	/** The wizard dialog: button labels in the UI language, ids for tests, Next that goes offline. */
	private static final class GoOfflineDialog extends WizardDialog {
		private final GoOfflineWizard wizard;
		private boolean offline;

		GoOfflineDialog(Shell parent, GoOfflineWizard wizard) {
			super(parent, wizard);
			this.wizard = wizard;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			super.createButtonsForButtonBar(parent);
			relabel();
		}

		private void relabel() {
			label(IDialogConstants.BACK_ID, Messages.Button_back, WidgetIds.WIZARD_BACK);
			label(IDialogConstants.NEXT_ID, Messages.Button_next, WidgetIds.WIZARD_NEXT);
			label(IDialogConstants.FINISH_ID, Messages.Button_close, WidgetIds.WIZARD_CLOSE);
			label(IDialogConstants.CANCEL_ID, Messages.Button_cancel, WidgetIds.WIZARD_CANCEL);
		}

		private void label(int id, String text, String widgetId) {
			Button button = getButton(id);
			if (button != null && !button.isDisposed()) {
				button.setText(text);
				WidgetIds.tag(button, widgetId);
				setButtonLayoutData(button);
			}
		}

		@Override
		protected void nextPressed() {
			IWizardPage page = getCurrentPage();
			if (page == wizard.selection && !offline) {
				try {
					offline = wizard.goOffline(this);
				} finally {
					relabel();
					getButton(IDialogConstants.CANCEL_ID).getParent().layout(true);
				}
				if (!offline) {
					return;
				}
				Button cancel = getButton(IDialogConstants.CANCEL_ID);
				cancel.setEnabled(false);
			}
			super.nextPressed();
		}

		@Override
		public void updateButtons() {
			super.updateButtons();
			Button cancel = getButton(IDialogConstants.CANCEL_ID);
			if (offline && cancel != null) {
				cancel.setEnabled(false);
			}
		}
	}
}
