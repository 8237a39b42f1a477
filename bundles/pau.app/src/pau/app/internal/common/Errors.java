package pau.app.internal.common;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import pau.model.ValidationException;
import pau.store.DatabaseFault;

/**
 * Shows failures to the user (ErrorDialog with details) and logs them to the platform log. The
 * program goes on. The dialog says what happened and why in words; the drivers' texts (exception
 * classes, "[90067-240]") are only behind "Details".
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
		// The dialog shows our message, then "Reason:" with the cause in words; the technical chain is
		// the details. No exception in the shown status: JFace would put its raw text in the details too.
		IStatus shown = failure == null ? status
				: new MultiStatus(BUNDLE_ID, IStatus.ERROR, status.getChildren(), inWords(failure), null);
		ErrorDialog.openError(shell, title, message, shown);
	}

	/**
	 * The cause of a failure in words a user can act on: a database that does not answer, a wrong
	 * password, a full disk; our own exceptions' messages; a file's trouble as the system words it;
	 * otherwise "an unexpected error", since a driver's or a program's text is no message for a user.
	 */
	public static String inWords(Throwable failure) {
		if (failure == null) {
			return ""; //$NON-NLS-1$
		}
		if (failure instanceof ValidationException) {
			return failure.getMessage();
		}
		if (fromDatabase(failure)) {
			boolean offline = isOffline();
			DatabaseFault fault = DatabaseFault.of(failure, offline ? null : mainUrl());
			if (fault == DatabaseFault.CONNECTION && !offline) {
				return NLS.bind(Messages.Errors_mainUnreachable, fault.describe(failure));
			}
			return fault == DatabaseFault.OTHER ? Messages.Errors_unexpected
					: NLS.bind(Messages.Errors_database, fault.describe(failure));
		}
		if (failure.getClass().getName().startsWith("pau.") && failure.getMessage() != null) { //$NON-NLS-1$
			return failure.getMessage().lines().findFirst().orElse("").strip(); //$NON-NLS-1$
		}
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof java.io.IOException && t.getMessage() != null) {
				return DatabaseFault.plainMessage(t); // a file that cannot be read or written, in the system's words
			}
		}
		return Messages.Errors_unexpected;
	}

	/** Whether a database (JDBC, JPA) failed: then the fault is classified, not the texts shown. */
	private static boolean fromDatabase(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String name = t.getClass().getName();
			if (t instanceof java.sql.SQLException || name.startsWith("org.eclipse.persistence.") //$NON-NLS-1$
					|| name.startsWith("jakarta.persistence.")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static boolean isOffline() {
		try {
			return Databases.active().isOffline();
		} catch (RuntimeException e) {
			return false;
		}
	}

	private static String mainUrl() {
		try {
			return Databases.active().mainSettings().url();
		} catch (RuntimeException e) {
			return null;
		}
	}
}
