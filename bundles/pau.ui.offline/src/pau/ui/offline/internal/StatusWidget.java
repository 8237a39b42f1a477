package pau.ui.offline.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import pau.sync.ConnectionMonitor;

/**
 * R2/R4/R5: the status widget at the right end of the top trim bar (an e4 tool control, shown while
 * offline). Its icon has a red cross when main cannot be reached; its drop-down list holds the
 * connection status and the two ways back to main mode. It follows the connection monitor live.
 */
public class StatusWidget {

	private ToolBar toolBar;
	private ToolItem item;
	private Menu menu;
	private MenuItem state;
	private MenuItem synchronize;
	private MenuItem discard;
	private MenuItem recover;
	private final Runnable listener = this::update;

	@PostConstruct
	public void createControl(Composite parent) {
		toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		WidgetIds.tag(toolBar, WidgetIds.STATUS_TOOLBAR);
		item = new ToolItem(toolBar, SWT.DROP_DOWN);
		WidgetIds.tag(item, WidgetIds.STATUS_ITEM);
		item.setText(Messages.Mode_offline);

		menu = new Menu(toolBar.getShell(), SWT.POP_UP);
		item.setData(WidgetIds.MENU_KEY, menu);
		state = new MenuItem(menu, SWT.PUSH);
		WidgetIds.tag(state, WidgetIds.STATUS_STATE);
		// Choosing the status line checks the connection at once (in the background).
		state.addListener(SWT.Selection, e -> checkNow());
		new MenuItem(menu, SWT.SEPARATOR);
		synchronize = new MenuItem(menu, SWT.PUSH);
		WidgetIds.tag(synchronize, WidgetIds.STATUS_SYNCHRONIZE);
		synchronize.setText(Messages.Widget_synchronize);
		synchronize.addListener(SWT.Selection, e -> SwitchToMain.synchronize(toolBar.getShell()));
		discard = new MenuItem(menu, SWT.PUSH);
		WidgetIds.tag(discard, WidgetIds.STATUS_DISCARD);
		discard.setText(Messages.Widget_discard);
		discard.addListener(SWT.Selection, e -> SwitchToMain.discard(toolBar.getShell()));
		new MenuItem(menu, SWT.SEPARATOR);
		recover = new MenuItem(menu, SWT.PUSH);
		WidgetIds.tag(recover, WidgetIds.STATUS_RECOVER);
		recover.setText(Messages.Widget_recover);
		recover.addListener(SWT.Selection, e -> RecoverOffline.run(toolBar.getShell()));
		menu.addListener(SWT.Show, e -> update());

		// The whole item (icon or arrow) opens the list, as in the original.
		item.addListener(SWT.Selection, this::openMenu);
		toolBar.addListener(SWT.Dispose, e -> dispose());
		OfflineUi.get().addListener(listener);
		update();
	}

	private void openMenu(Event event) {
		update();
		Rectangle bounds = item.getBounds();
		Point location = toolBar.toDisplay(bounds.x, bounds.y + bounds.height);
		menu.setLocation(location);
		menu.setVisible(true);
	}

	private void checkNow() {
		Job.create(Messages.Sync_checking, monitor -> {
			OfflineUi.get().connection().checkNow();
			OfflineUi.get().changed();
		}).schedule();
	}

	/** Shows the connection state: icon, tool tip, status line, enablement. UI thread. */
	void update() {
		if (toolBar == null || toolBar.isDisposed()) {
			return;
		}
		ConnectionMonitor.Status status = OfflineUi.get().connection().status();
		boolean lost = status.known() && !status.reachable();
		String text = !status.known() ? Messages.Widget_checking
				: status.reachable() ? Messages.Widget_connected : Messages.Widget_disconnected;
		item.setImage(Images.get(lost ? Images.OFFLINE_DISCONNECTED : Images.OFFLINE));
		item.setToolTipText(Messages.Widget_tooltip + "\n" + text); //$NON-NLS-1$
		state.setText(text);
		state.setImage(Images.get(lost ? Images.DISCONNECTED : Images.CONNECTED));
		boolean offline = OfflineUi.get().isOffline();
		synchronize.setEnabled(offline && status.reachable());
		discard.setEnabled(offline);
		recover.setEnabled(offline);
		toolBar.getParent().layout(true);
	}

	/** Whether the widget shows the red cross now (for tests and the accessibility name). */
	boolean showsNoConnection() {
		return item.getImage() == Images.get(Images.OFFLINE_DISCONNECTED);
	}

	@PreDestroy
	public void dispose() {
		OfflineUi.get().removeListener(listener);
		if (menu != null && !menu.isDisposed()) {
			menu.dispose();
		}
	}
}
