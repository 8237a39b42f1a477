package pau.ui.offline.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * R6/B12: the warning before the offline changes are thrown away. It says how many there are, and
 * its Yes button works only after the user ticked "Yes, delete all changes made in offline mode".
 */
final class DiscardDialog extends MessageDialog {

	static final int YES = 0;

	DiscardDialog(Shell parent, String message) {
		super(parent, Messages.Discard_title, null, message, MessageDialog.WARNING, 1, Messages.Button_yes,
				Messages.Button_no);
	}

	@Override
	protected Control createMessageArea(Composite composite) {
		Control area = super.createMessageArea(composite);
		if (messageLabel != null) {
			WidgetIds.tag(messageLabel, WidgetIds.DISCARD_MESSAGE);
		}
		return area;
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Button confirm = new Button(parent, SWT.CHECK);
		confirm.setText(Messages.Discard_confirm);
		WidgetIds.tag(confirm, WidgetIds.DISCARD_CONFIRM);
		confirm.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		confirm.addListener(SWT.Selection, e -> {
			Button yes = getButton(YES);
			if (yes != null) {
				yes.setEnabled(confirm.getSelection());
			}
		});
		return confirm;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(YES).setEnabled(false);
		WidgetIds.tag(getButton(0), WidgetIds.BUTTON_PREFIX + "discard.0"); //$NON-NLS-1$
		WidgetIds.tag(getButton(1), WidgetIds.BUTTON_PREFIX + "discard.1"); //$NON-NLS-1$
	}
}
