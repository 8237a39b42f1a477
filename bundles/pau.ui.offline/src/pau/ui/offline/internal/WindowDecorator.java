package pau.ui.offline.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.SideValue;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimElement;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * R2 in every workbench window: the title suffix "— Offline mode" and the status widget at the right
 * of the top trim bar, both following the mode. The application shell knows nothing of them.
 */
final class WindowDecorator implements IWindowListener {

	static final String SPACER_ID = "pau.ui.offline.trim.spacer"; //$NON-NLS-1$
	static final String WIDGET_ID = "pau.ui.offline.trim.status"; //$NON-NLS-1$
	private static final String BUNDLE_CLASS = "bundleclass://pau.ui.offline/"; //$NON-NLS-1$
	private static final String STRETCH = "stretch"; //$NON-NLS-1$

	private final IWorkbench workbench;

	WindowDecorator(IWorkbench workbench) {
		this.workbench = workbench;
	}

	/** Decorates the open windows and those opened later. UI thread. */
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
		MToolControl widget = statusWidget(window);
		if (widget != null && widget.isVisible() != offline) {
			widget.setVisible(offline);
		}
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

	/** The window's status widget, added to the top trim bar (after a stretching spacer) if missing. */
	private static MToolControl statusWidget(IWorkbenchWindow window) {
		if (!(window.getService(MWindow.class) instanceof MTrimmedWindow model)) {
			return null;
		}
		EModelService models = window.getService(EModelService.class);
		MTrimBar top = models.getTrim(model, SideValue.TOP);
		List<MTrimElement> children = top.getChildren();
		MToolControl widget = find(children, WIDGET_ID);
		if (widget != null) {
			return widget;
		}
		if (find(children, SPACER_ID) == null) {
			MToolControl spacer = models.createModelElement(MToolControl.class);
			spacer.setElementId(SPACER_ID);
			spacer.setContributionURI(BUNDLE_CLASS + TrimSpacer.class.getName());
			spacer.getTags().add(STRETCH);
			children.add(spacer);
		}
		widget = models.createModelElement(MToolControl.class);
		widget.setElementId(WIDGET_ID);
		widget.setContributionURI(BUNDLE_CLASS + StatusWidget.class.getName());
		widget.setVisible(OfflineUi.get().isOffline());
		children.add(widget);
		return widget;
	}

	private static MToolControl find(List<MTrimElement> children, String id) {
		for (MTrimElement child : children) {
			if (id.equals(child.getElementId()) && child instanceof MToolControl control) {
				return control;
			}
		}
		return null;
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
