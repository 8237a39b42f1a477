package pau.ui.testkit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/**
 * A push button or check box.
 */
public class BotButton {

	private final Bot bot;
	private final Button button;

	BotButton(Bot bot, Button button) {
		this.bot = bot;
		this.button = button;
	}

	public Button widget() {
		return button;
	}

	public boolean isEnabled() {
		return bot.syncExec(button::isEnabled);
	}

	public boolean isChecked() {
		return bot.syncExec(button::getSelection);
	}

	/** Presses the button, asynchronously, since it may open a modal dialog. */
	public void click() {
		bot.display().asyncExec(() -> {
			if (!button.isDisposed() && button.isEnabled()) {
				if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE | SWT.RADIO)) != 0) {
					button.setSelection(!button.getSelection());
				}
				button.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	/** Ticks or clears a check box. */
	public void select(boolean checked) {
		bot.syncExec(() -> {
			if (button.getSelection() != checked) {
				button.setSelection(checked);
				button.notifyListeners(SWT.Selection, new Event());
			}
		});
	}
}
