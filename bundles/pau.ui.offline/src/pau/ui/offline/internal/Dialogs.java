package pau.ui.offline.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

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

	/** A message dialog whose buttons have the ids {@code BUTTON_PREFIX + id + "." + index}. */
	static final class Message extends MessageDialog {
		private final String id;

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
			super.createButtonsForButtonBar(parent);
			for (int i = 0; i < getButtonLabels().length; i++) {
				WidgetIds.tag(getButton(i), WidgetIds.BUTTON_PREFIX + id + "." + i); //$NON-NLS-1$
			}
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
					result[0] = work.run(monitor);
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

	/** The message of a failure, for the user. */
	static String describe(Throwable failure) {
		Throwable t = failure;
		while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.toString();
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
