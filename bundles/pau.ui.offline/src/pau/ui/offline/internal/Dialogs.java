package pau.ui.offline.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import pau.store.DatabaseFault;

/**
 * Message and progress dialogs of the offline UI: labels in the UI language (JFace has no Russian
 * texts of its own here), button ids for tests, and long work forked off the UI thread.
 */
final class Dialogs {

	/** Work that runs off the UI thread and returns a result. */
	@FunctionalInterface
	interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	private Dialogs() {
	}

	/** Shows a message with one OK button. */
	static void message(Shell shell, String title, String text, int kind, String id) {
		new Message(shell, title, text, kind, id, Messages.Button_ok).open();
	}

	/** Shows a message that blocks nothing: the user may go on working and close it any time. */
	static void notice(Shell shell, String title, String text, int kind, String id) {
		Message message = new Message(shell, title, text, kind, id, Messages.Button_ok);
		message.modeless();
		message.setBlockOnOpen(false);
		message.open();
	}

	/**
	 * Shows a failure: the text says what happened in words; what the program reported (exception
	 * classes and messages of the cause chain) is only behind the "Details" button.
	 */
	static void failure(Shell shell, String title, String text, Throwable failure, String id) {
		Message message = new Message(shell, title, text, MessageDialog.ERROR, id, Messages.Button_ok);
		message.details = technical(failure);
		message.open();
	}

	/** The cause chain, one exception a line, for the details of a failure. */
	static String technical(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(t.getClass().getName()).append(": ").append(t.getMessage()); //$NON-NLS-1$
		}
		return text.toString();
	}

	/** A message dialog whose buttons have the ids {@code BUTTON_PREFIX + id + "." + index}. */
	static final class Message extends MessageDialog {
		private final String id;
		private String details;
		private Text detailsText;
		// MessageDialog.getButton(int) indexes its labels, not button ids: keep the Details button here.
		private Button detailsButton;

		Message(Shell shell, String title, String text, int kind, String id, String... buttons) {
			this(shell, title, text, kind, id, 0, buttons);
		}

		Message(Shell shell, String title, String text, int kind, String id, int defaultIndex, String... buttons) {
			super(shell, title, null, text, kind, defaultIndex, buttons);
			this.id = id;
		}

		void modeless() {
			setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS);
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			if (details != null) {
				detailsButton = createButton(parent, IDialogConstants.DETAILS_ID, IDialogConstants.SHOW_DETAILS_LABEL, false);
				WidgetIds.tag(detailsButton, WidgetIds.BUTTON_PREFIX + id + ".details"); //$NON-NLS-1$
			}
			super.createButtonsForButtonBar(parent);
			for (int i = 0; i < getButtonLabels().length; i++) {
				WidgetIds.tag(getButton(i), WidgetIds.BUTTON_PREFIX + id + "." + i); //$NON-NLS-1$
			}
		}

		@Override
		protected Control createCustomArea(Composite parent) {
			if (details == null) {
				return null;
			}
			// Below the message, hidden until "Details" is pressed.
			detailsText = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
			detailsText.setText(details);
			WidgetIds.tag(detailsText, WidgetIds.BUTTON_PREFIX + id + ".detailsText"); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(80),
					convertHeightInCharsToPixels(6)).exclude(true).applyTo(detailsText);
			detailsText.setVisible(false);
			return detailsText;
		}

		@Override
		protected void buttonPressed(int buttonId) {
			if (buttonId != IDialogConstants.DETAILS_ID) {
				super.buttonPressed(buttonId);
				return;
			}
			boolean show = !detailsText.getVisible();
			detailsText.setVisible(show);
			((org.eclipse.swt.layout.GridData) detailsText.getLayoutData()).exclude = !show;
			detailsButton.setText(show ? IDialogConstants.HIDE_DETAILS_LABEL : IDialogConstants.SHOW_DETAILS_LABEL);
			getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
		}
	}

	/**
	 * Runs the work in a progress dialog, forked off the UI thread (the UI stays responsive), and
	 * returns its result.
	 *
	 * @throws InterruptedException when the user cancelled
	 * @throws Exception what the work threw
	 */
	static <T> T run(Shell shell, String title, boolean cancelable, Work<T> work) throws Exception {
		Object[] result = new Object[1];
		try {
			new WorkDialog(shell, title).run(true, cancelable, monitor -> {
				try {
					result[0] = work.run(named(monitor, title));
				} catch (OperationCanceledException | InterruptedException e) {
					throw new InterruptedException();
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof Exception exception) {
				throw exception;
			}
			throw e;
		}
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	/**
	 * The monitor saying what is being done from the start, and again whenever the work begins a task
	 * without a name (SubMonitor does): never JFace's "Operation in progress…".
	 */
	private static IProgressMonitor named(IProgressMonitor monitor, String what) {
		monitor.beginTask(what, IProgressMonitor.UNKNOWN);
		return new ProgressMonitorWrapper(monitor) {
			@Override
			public void beginTask(String name, int totalWork) {
				super.beginTask(name == null || name.isEmpty() ? what : name, totalWork);
			}
		};
	}

	/**
	 * The message of a failure, for the user: our own exceptions' messages (the sync engine's are in
	 * words); a database fault told in words; otherwise the deepest message without driver error numbers.
	 */
	static String describe(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
			t = t.getCause();
		}
		if (t.getMessage() != null && t.getClass().getName().startsWith("pau.")) { //$NON-NLS-1$
			return t.getMessage();
		}
		return DatabaseFault.explain(t, ""); //$NON-NLS-1$
	}

	/** A progress dialog with a title and a Cancel button in the UI language. */
	private static final class WorkDialog extends ProgressMonitorDialog {
		private final String title;

		WorkDialog(Shell parent, String title) {
			super(parent);
			this.title = title;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(title);
		}

		@Override
		protected void createCancelButton(Composite parent) {
			super.createCancelButton(parent);
			cancel.setText(Messages.Button_cancel);
			WidgetIds.tag(cancel, WidgetIds.BUTTON_PREFIX + "progress.cancel"); //$NON-NLS-1$
			setButtonLayoutData(cancel);
		}
	}
}
