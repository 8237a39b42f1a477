package pau.app.internal.editors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before deleting, with buttons that say what they do.
 */
public final class Confirm {

	private Confirm() {
	}

	/** Whether the user confirmed the deletion. */
	public static boolean delete(Shell shell, String question) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Confirm_deleteTitle, null, question,
				MessageDialog.QUESTION, 1, Messages.Confirm_delete, Messages.Confirm_cancel);
		return dialog.open() == 0;
	}
}
