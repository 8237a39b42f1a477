package pau.ui.testkit;

import org.eclipse.swt.widgets.Button;

/**
 * Widgets found by their stable id ({@link Bot#ID_KEY}) rather than by label, so that the same tests
 * run in every UI language.
 */
public final class BotIds {

	private BotIds() {
	}

	/** A push button or check box by its id (waits for it). */
	public static BotButton button(Bot bot, String id) {
		return new BotButton(bot, bot.widgetById(Button.class, id));
	}

	/** The shell that holds the control. */
	public static BotShell shellOf(Bot bot, org.eclipse.swt.widgets.Control control) {
		return new BotShell(bot, bot.syncExec(control::getShell));
	}

	/**
	 * Waits until the shell is closed. Unlike {@link BotShell#waitUntilClosed()} it does not read the
	 * title of a shell that may already be disposed.
	 */
	public static void waitUntilClosed(Bot bot, BotShell shell) {
		org.eclipse.swt.widgets.Shell widget = shell.widget();
		bot.waitUntil(Condition.of("a shell to close", //$NON-NLS-1$
				() -> widget.isDisposed() || !widget.isVisible()));
	}

	/** Whether a visible widget with this id exists now (no waiting). */
	public static boolean exists(Bot bot, Class<? extends org.eclipse.swt.widgets.Widget> type, String id) {
		return bot.findNow(type, w -> id.equals(w.getData(Bot.ID_KEY))) != null;
	}
}
