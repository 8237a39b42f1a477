package pau.ui.testkit;

import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;

/**
 * A shell found by the bot.
 */
public class BotShell {

	private final Bot bot;
	private final Shell shell;

	BotShell(Bot bot, Shell shell) {
		this.bot = bot;
		this.shell = shell;
	}

	public Shell widget() {
		return shell;
	}

	/** A bot that searches only inside this shell. */
	public Bot bot() {
		return bot.inside(shell);
	}

	public String getText() {
		return bot.syncExec(shell::getText);
	}

	public boolean isOpen() {
		return bot.syncExec(() -> !shell.isDisposed() && shell.isVisible());
	}

	public BotShell activate() {
		bot.syncExec(() -> shell.forceActive());
		return this;
	}

	/** A menu of this shell's menu bar. */
	public BotMenu menu(String label) {
		Menu bar = bot.waitFor("a menu bar", shell::getMenuBar); //$NON-NLS-1$
		return BotMenu.in(bot, bar, label);
	}

	public void close() {
		bot.syncExec(() -> {
			if (!shell.isDisposed()) {
				shell.close();
			}
		});
	}

	/** Waits until the shell is closed. */
	public void waitUntilClosed() {
		String title = bot.syncExec(() -> shell.isDisposed() ? "" : shell.getText()); //$NON-NLS-1$
		bot.waitUntil(Condition.of("shell '" + title + "' to close", //$NON-NLS-1$ //$NON-NLS-2$
				() -> shell.isDisposed() || !shell.isVisible()));
	}
}
