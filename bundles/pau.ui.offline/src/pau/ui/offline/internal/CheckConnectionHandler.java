package pau.ui.offline.internal;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import pau.sync.ConnectionMonitor;

/**
 * R5: the status line of the status widget's list ("Status: connected to the main database" or "no
 * connection", with its icon). Its text and icon follow the connection monitor; choosing it checks
 * the connection at once, in the background.
 */
public class CheckConnectionHandler extends AbstractHandler implements IElementUpdater {

	/** The command's id in plugin.xml. */
	static final String COMMAND_ID = "pau.ui.offline.checkConnection"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		Job.create(Messages.Sync_checking, monitor -> {
			OfflineUi.get().connection().checkNow();
			OfflineUi.get().changed();
		}).schedule();
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		ConnectionMonitor.Status status = OfflineUi.get().connection().status();
		boolean lost = status.known() && !status.reachable();
		element.setText(text(status));
		element.setIcon(Images.descriptor(lost ? Images.DISCONNECTED : Images.CONNECTED));
	}

	/** The status line's words for the connection's state. */
	static String text(ConnectionMonitor.Status status) {
		return !status.known() ? Messages.Widget_checking
				: status.reachable() ? Messages.Widget_connected : Messages.Widget_disconnected;
	}
}
