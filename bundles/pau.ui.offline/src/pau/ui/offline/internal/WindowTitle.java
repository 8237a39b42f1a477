package pau.ui.offline.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * R2 in every workbench window: the title suffix "— Offline mode", following the mode. The shell's
 * title is not part of the workbench model's contributions, so it is set here; the status widget is
 * contributed declaratively (fragment.e4xmi, visible when {@code pau.ui.offline.isOffline}).
 */
final class WindowTitle implements IWindowListener {

	private final IWorkbench workbench;

	WindowTitle(IWorkbench workbench) {
		this.workbench = workbench;
	}

	/** Titles the open windows and those opened later. UI thread. */
	void install() {
		workbench.addWindowListener(this);
		OfflineUi.get().addListener(this::updateAll);
		updateAll();
	}

	void updateAll() {
		if (workbench.isClosing()) {
			return;
		}
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			update(window);
		}
	}

	private void update(IWorkbenchWindow window) {
		Shell shell = window.getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		boolean offline = OfflineUi.get().isOffline();
		updateTitle(window, shell, offline);
	}

	private static void updateTitle(IWorkbenchWindow window, Shell shell, boolean offline) {
		String suffix = NLS.bind(Messages.Title_withSuffix, ""); //$NON-NLS-1$
		String text = shell.getText();
		String base = text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
		String wanted = offline ? NLS.bind(Messages.Title_withSuffix, base) : base;
		if (!wanted.equals(text)) {
			MWindow model = window.getService(MWindow.class);
			if (model != null) {
				model.setLabel(wanted);
			}
			shell.setText(wanted);
		}
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		update(window);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
		// The workbench may set the title again (e.g. on perspective changes): put the suffix back.
		update(window);
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
		update(window);
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		// nothing to undo: the window's widgets go with it
	}
}
