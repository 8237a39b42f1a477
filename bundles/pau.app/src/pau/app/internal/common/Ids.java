package pau.app.internal.common;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable widget ids, so that UI tests find widgets without depending on their labels' language.
 */
public final class Ids {

	/** The data key SWTBot (and the PAU test kit) read ids from. */
	public static final String KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

	private Ids() {
	}

	/** Gives the widget its id; returns the widget. */
	public static <W extends Widget> W set(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
