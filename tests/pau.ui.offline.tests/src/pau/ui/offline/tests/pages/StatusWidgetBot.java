package pau.ui.offline.tests.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import pau.ui.offline.internal.Images;
import pau.ui.offline.internal.WidgetIds;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotIds;

/**
 * Page object of the status widget at the right of the top trim bar and its drop-down list (R2, R4,
 * R5, R6). The drop-down is opened as SWT does for the arrow of a DROP_DOWN tool item.
 */
public final class StatusWidgetBot {

	private final Bot bot;

	public StatusWidgetBot(Bot bot) {
		this.bot = bot;
	}

	/** Whether the widget is shown now. */
	public boolean isVisible() {
		return BotIds.exists(bot, ToolBar.class, WidgetIds.STATUS_TOOLBAR);
	}

	public ToolItem item() {
		ToolBar toolBar = bot.widgetById(ToolBar.class, WidgetIds.STATUS_TOOLBAR);
		return bot.syncExec(() -> toolBar.getItem(0));
	}

	/** Whether the icon carries the red cross (no connection to main). */
	public boolean showsRedCross() {
		ToolItem item = item();
		return bot.syncExec(() -> item.getImage() == Images.get(Images.OFFLINE_DISCONNECTED));
	}

	/** Whether the widget sits at the right end of its window. */
	public boolean isAtTheRight() {
		ToolBar toolBar = bot.widgetById(ToolBar.class, WidgetIds.STATUS_TOOLBAR);
		return bot.syncExec(() -> {
			var shellWidth = toolBar.getShell().getClientArea().width;
			var right = toolBar.getShell().toControl(toolBar.toDisplay(toolBar.getSize().x, 0)).x;
			return right > shellWidth * 3 / 4;
		});
	}

	/** Opens the drop-down list with a real click on the arrow, and waits until it shows. */
	public StatusWidgetBot open() {
		ToolItem item = item();
		org.eclipse.swt.graphics.Point arrow = bot.syncExec(() -> {
			org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
			return item.getParent().toDisplay(bounds.x + bounds.width - 6, bounds.y + bounds.height / 2);
		});
		new pau.ui.testkit.RealInput(bot).click(arrow);
		bot.waitUntil(pau.ui.testkit.Condition.of("the drop-down list open", () -> menu() != null && menu().isVisible()));
		return this;
	}

	/** Closes the drop-down list. */
	public void hide() {
		Menu menu = menu();
		bot.syncExec(() -> menu.setVisible(false));
	}

	private Menu menu() {
		ToolItem item = item();
		return bot.syncExec(() -> (Menu) item.getData(WidgetIds.MENU_KEY));
	}

	private MenuItem menuItem(String id) {
		Menu menu = menu();
		return bot.syncExec(() -> {
			menu.notifyListeners(SWT.Show, new Event());
			for (MenuItem candidate : menu.getItems()) {
				// the list is contributed (menu:pau.ui.offline.status): its items carry their contribution's id
				if (candidate.getData() instanceof org.eclipse.jface.action.IContributionItem contribution
						&& id.equals(contribution.getId()) || id.equals(candidate.getData(Bot.ID_KEY))) {
					return candidate;
				}
			}
			throw new AssertionError("no menu item " + id);
		});
	}

	/** The status line of the drop-down list. */
	public String statusText() {
		MenuItem item = menuItem(WidgetIds.STATUS_STATE);
		return bot.syncExec(() -> Bot.strip(item.getText())); // without its key
	}

	public String synchronizeText() {
		MenuItem item = menuItem(WidgetIds.STATUS_SYNCHRONIZE);
		return bot.syncExec(() -> Bot.strip(item.getText())); // without its key
	}

	public String discardText() {
		MenuItem item = menuItem(WidgetIds.STATUS_DISCARD);
		return bot.syncExec(() -> Bot.strip(item.getText())); // without its key
	}

	public boolean isSynchronizeEnabled() {
		MenuItem item = menuItem(WidgetIds.STATUS_SYNCHRONIZE);
		return bot.syncExec(() -> item.isEnabled());
	}

	/** Chooses "Switch to main mode…". */
	public void clickSynchronize() {
		click(WidgetIds.STATUS_SYNCHRONIZE);
	}

	/** Chooses "Synchronize and Stay Offline…" (issue 20). */
	public void clickSynchronizeStayOffline() {
		click(WidgetIds.STATUS_SYNCHRONIZE_STAY);
	}

	/** Chooses "Get the Office's Changes" (issue 20). */
	public void clickRefresh() {
		click(WidgetIds.STATUS_REFRESH);
	}

	/** Chooses "Take More Procedures Offline…" (issue 20). */
	public void clickTake() {
		click("pau.ui.offline.status.take");
	}

	/** Chooses "Check and Recover the Offline Database…". */
	public void clickRecover() {
		click(WidgetIds.STATUS_RECOVER);
	}

	/** Chooses "Switch to main mode without synchronization…". */
	public void clickDiscard() {
		click(WidgetIds.STATUS_DISCARD);
	}

	/**
	 * Chooses the item with the keyboard in the open list (opened by a click first if it is not):
	 * Down to it over the enabled items before it, as GTK moves, then Enter.
	 */
	private void click(String id) {
		if (!bot.syncExec(() -> menu() != null && menu().isVisible())) {
			open();
		}
		MenuItem target = menuItem(id);
		int downs = bot.syncExec(() -> {
			int count = 0;
			for (MenuItem candidate : target.getParent().getItems()) {
				if ((candidate.getStyle() & SWT.SEPARATOR) == 0 && candidate.isEnabled()) {
					count++;
				}
				if (candidate == target) {
					return count;
				}
			}
			throw new AssertionError("no menu item " + id);
		});
		pau.ui.testkit.RealInput input = new pau.ui.testkit.RealInput(bot);
		for (int i = 0; i < downs; i++) {
			input.key(SWT.ARROW_DOWN);
		}
		input.key(SWT.CR);
	}
}
