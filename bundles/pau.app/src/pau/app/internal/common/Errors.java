package pau.app.internal.common;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

import pau.model.ValidationException;

/**
 * Shows failures to the user (ErrorDialog with details) and logs them to the platform log. The
 * program goes on.
 */
public final class Errors {

	private static final String BUNDLE_ID = "pau.app"; //$NON-NLS-1$

	private Errors() {
	}

	/** A status for the failure, with the cause chain as details. */
	public static IStatus status(String message, Throwable failure) {
		MultiStatus status = new MultiStatus(BUNDLE_ID, IStatus.ERROR, message, failure);
		if (failure instanceof ValidationException validation) {
			for (String problem : validation.getProblems()) {
				status.add(Status.error(problem));
			}
		} else {
			for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
				status.add(new Status(IStatus.ERROR, BUNDLE_ID, t.getClass().getName() + ": " + t.getMessage())); //$NON-NLS-1$
			}
		}
		return status;
	}

	/** Logs the failure and shows it in an error dialog; call on the UI thread. */
	public static void show(Shell shell, String title, String message, Throwable failure) {
		IStatus status = status(message, failure);
		ILog.of(Errors.class).log(status);
		// The dialog shows our message, then "Reason:" with the failure's own message, details below.
		IStatus shown = failure == null || failure.getMessage() == null ? status
				: new MultiStatus(BUNDLE_ID, IStatus.ERROR, status.getChildren(), failure.getMessage(), failure);
		ErrorDialog.openError(shell, title, message, shown);
	}
}
