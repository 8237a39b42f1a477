package pau.ui.testkit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A menu item. Menus are sent {@code SWT.Show} before searching, because the workbench's menu
 * managers create contributed items only when a menu is about to show.
 */
public class BotMenu {

	private final Bot bot;
	private final MenuItem item;

	private BotMenu(Bot bot, MenuItem item) {
		this.bot = bot;
		this.item = item;
	}

	static BotMenu in(Bot bot, Menu menu, String label) {
		MenuItem found = bot.waitFor("menu item '" + label + "'", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			showAndHide(menu);
			for (MenuItem candidate : menu.getItems()) {
				if (label.equals(Bot.strip(candidate.getText()))) {
					return candidate;
				}
			}
			return null;
		});
		return new BotMenu(bot, found);
	}

	private static void showAndHide(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
	}

	/** A sub-menu item of this cascade item. */
	public BotMenu menu(String label) {
		Menu sub = bot.waitFor("sub-menu of '" + getText() + "'", item::getMenu); //$NON-NLS-1$ //$NON-NLS-2$
		return in(bot, sub, label);
	}

	public MenuItem widget() {
		return item;
	}

	public String getText() {
		return bot.syncExec(() -> Bot.strip(item.getText()));
	}

	public boolean isEnabled() {
		return bot.syncExec(() -> {
			Menu parent = item.getParent();
			showAndHide(parent);
			return item.isEnabled();
		});
	}

	/** Selects the item, asynchronously, since it may open a modal dialog. */
	public void click() {
		bot.display().asyncExec(() -> {
			if (!item.isDisposed()) {
				if ((item.getStyle() & SWT.CHECK) != 0) {
					item.setSelection(!item.getSelection());
				}
				item.notifyListeners(SWT.Selection, new Event());
			}
		});
	}
}
