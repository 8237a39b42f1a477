package pau.ui.offline.tests;

import java.io.File;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.TestInfo;

import pau.ui.testkit.Bot;

/** What every offline-mode UI test does with the screen: screenshots, and closing what a failed test left open. */
final class Screens {

	private Screens() {
	}

	/** A screenshot in target/screenshots, taken after what is pending is painted. */
	static void screenshot(Bot bot, String name) {
		// Paint what is pending first, or the picture may lag behind the widgets' state.
		bot.syncExec(() -> {
			for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
				if (!shell.isDisposed() && shell.isVisible()) {
					shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
					shell.update();
				}
			}
		});
		bot.screenshot(new File("target/screenshots/" + name + ".png"));
	}

	/**
	 * After each test: a screenshot named after it, whatever dialog it left open closed, then main closed
	 * even when that fails.
	 */
	static void afterTest(Bot bot, TestInfo test, AutoCloseable main) throws Exception {
		try {
			screenshot(bot, "after-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
			closeDialogs(bot);
		} finally {
			main.close();
		}
	}

	/** Closes whatever dialog a failed test left open, innermost first. */
	static void closeDialogs(Bot bot) {
		Shell window = bot.workbenchShell().widget();
		for (int i = 0; i < 6; i++) {
			boolean closed = bot.syncExec(() -> {
				for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
					if (shell != window && !shell.isDisposed() && shell.isVisible() && shell.getShells().length == 0) {
						shell.close();
						return true;
					}
				}
				return false;
			});
			if (!closed) {
				return;
			}
		}
	}
}
