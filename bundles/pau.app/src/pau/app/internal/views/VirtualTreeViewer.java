package pau.app.internal.views;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;

/**
 * A virtual tree viewer whose rows, made as they scroll into sight, do not each ask for the selection
 * (issue 21 item 6). JFace's {@code replace} reads the tree's selection before it puts an element into
 * a row, to keep it; on GTK that walks every row of the tree, so scrolling a list of 16,000 debtors
 * paused for a third of a second. A row being made holds no element yet: there is nothing to keep.
 */
final class VirtualTreeViewer extends TreeViewer {

	private boolean making;

	VirtualTreeViewer(Composite parent, int style) {
		super(parent, style | SWT.VIRTUAL);
	}

	/** Runs the content provider's filling of a row that scrolled into sight. */
	void making(Runnable fill) {
		making = true;
		try {
			fill.run();
		} finally {
			making = false;
		}
	}

	@Override
	protected Item[] getSelection(Control widget) {
		return making ? new Item[0] : super.getSelection(widget);
	}
}
