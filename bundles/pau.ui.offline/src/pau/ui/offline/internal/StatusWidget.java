package pau.ui.offline.internal;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.menus.IMenuService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import pau.sync.ConnectionMonitor;

/**
 * R2/R4/R5: the status widget at the right end of the top trim bar (an e4 tool control, shown while
 * offline). Its icon has a red cross when main cannot be reached; its drop-down list is not built
 * here: it is the menu contributed at {@code menu:pau.ui.offline.status} (plugin.xml), the status
 * line and the same commands as Tools › Switch to main mode…, so each action is one command with one
 * handler. It follows the connection monitor live.
 */
public class StatusWidget {

	private ToolBar toolBar;
	private ToolItem item;
	private MenuManager menuManager;
	private Menu menu;
	private final Runnable listener = this::update;

	@PostConstruct
	public void createControl(Composite parent) {
		toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		WidgetIds.tag(toolBar, WidgetIds.STATUS_TOOLBAR);
		item = new ToolItem(toolBar, SWT.DROP_DOWN);
		WidgetIds.tag(item, WidgetIds.STATUS_ITEM);
		item.setText(Messages.Mode_offline);
		menu();

		// The whole item (icon or arrow) opens the list, as in the original.
		item.addListener(SWT.Selection, this::openMenu);
		toolBar.addListener(SWT.Dispose, e -> dispose());
		OfflineUi.get().addListener(listener);
		update();
	}

	private static IMenuService menus() {
		return PlatformUI.getWorkbench().getService(IMenuService.class);
	}

	private void openMenu(Event event) {
		update();
		Menu list = menu();
		Rectangle bounds = item.getBounds();
		Point location = toolBar.toDisplay(bounds.x, bounds.y + bounds.height);
		list.setLocation(location);
		list.setVisible(true);
	}

	/**
	 * The drop-down list, made again when it cannot show (issue 19): after a restart the workbench
	 * creates this control from its saved model inside a hidden "limbo" shell and moves it into the
	 * window later, and it does so before it has read the menu contributions; a pop-up menu belongs
	 * to the shell it was made in, so that one never appeared, and it was empty too.
	 */
	private Menu menu() {
		if (menu != null && !menu.isDisposed() && menu.getParent() == toolBar.getShell()
				&& menuManager.getItems().length > 0) {
			return menu;
		}
		releaseMenu();
		menuManager = new MenuManager();
		menus().populateContributionManager(menuManager, "menu:" + WidgetIds.STATUS_ITEM); //$NON-NLS-1$
		menu = menuManager.createContextMenu(toolBar);
		item.setData(WidgetIds.MENU_KEY, menu);
		menu.addListener(SWT.Show, e -> update());
		return menu;
	}

	private void releaseMenu() {
		if (menuManager != null) {
			menus().releaseContributions(menuManager);
			menuManager.dispose();
			menuManager = null;
		}
		if (menu != null && !menu.isDisposed()) {
			menu.dispose();
		}
	}

	/** Shows the connection state: icon, tool tip, and the status line of the list. UI thread. */
	void update() {
		if (toolBar == null || toolBar.isDisposed()) {
			return;
		}
		ConnectionMonitor.Status status = OfflineUi.get().connection().status();
		boolean lost = status.known() && !status.reachable();
		item.setImage(Images.get(lost ? Images.OFFLINE_DISCONNECTED : Images.OFFLINE));
		item.setToolTipText(Messages.Widget_tooltip + "\n" + CheckConnectionHandler.text(status)); //$NON-NLS-1$
		PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(CheckConnectionHandler.COMMAND_ID,
				null);
		toolBar.getParent().layout(true);
	}

	/** Whether the widget shows the red cross now (for tests and the accessibility name). */
	boolean showsNoConnection() {
		return item.getImage() == Images.get(Images.OFFLINE_DISCONNECTED);
	}

	@PreDestroy
	public void dispose() {
		OfflineUi.get().removeListener(listener);
		releaseMenu();
	}
}
