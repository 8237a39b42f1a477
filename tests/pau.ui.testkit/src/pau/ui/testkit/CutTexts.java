package pau.ui.testkit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * "Nothing cut" (issue 19): every visible label, button, column header and cell of a shell shows
 * its whole text, measured as SWT draws it (text extent in the widget's font against the room the
 * widget or cell has). Each text that does not fit is named with its widget, so a failing test says
 * what a person would see cut.
 */
public final class CutTexts {

	/** A column header's room for its sort arrow and the resize handle. */
	private static final int HEADER_MARGIN = 8;

	private CutTexts() {
	}

	/** Every text cut in the control and its children (on the UI thread), as "Label 'Text': 120 > 96 px". */
	public static List<String> in(Bot bot, Control root) {
		return bot.syncExec(() -> {
			List<String> cut = new ArrayList<>();
			collect(root, cut);
			return cut;
		});
	}

	private static void collect(Control control, List<String> cut) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		GC gc = new GC(control);
		try {
			gc.setFont(control.getFont());
			if (control instanceof Label label && (label.getStyle() & SWT.SEPARATOR) == 0 && !label.getText().isEmpty()) {
				check(label, label.getText(), label.getSize().x, label.getSize().y, gc, (label.getStyle() & SWT.WRAP) != 0, cut);
			} else if (control instanceof Button button && !button.getText().isEmpty()) {
				// A push button's frame, or a check box's box, takes room beside the text.
				int room = button.getSize().x - ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0 ? 24 : 12);
				check(button, button.getText(), room, button.getSize().y, gc, false, cut);
			} else if (control instanceof Table table) {
				for (TableColumn column : table.getColumns()) {
					fits(table, "header", column.getText(), column.getWidth() - HEADER_MARGIN, gc, cut);
				}
				for (TableItem item : table.getItems()) {
					for (int i = 0; i < table.getColumnCount(); i++) {
						gc.setFont(item.getFont(i));
						fits(table, "cell", item.getText(i), item.getTextBounds(i).width, gc, cut);
					}
				}
			} else if (control instanceof Tree tree) {
				for (TreeColumn column : tree.getColumns()) {
					fits(tree, "header", column.getText(), column.getWidth() - HEADER_MARGIN, gc, cut);
				}
				for (TreeItem item : tree.getItems()) {
					treeItem(tree, item, gc, cut);
				}
			}
		} finally {
			gc.dispose();
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, cut);
			}
		}
	}

	private static void treeItem(Tree tree, TreeItem item, GC gc, List<String> cut) {
		for (int i = 0; i < Math.max(1, tree.getColumnCount()); i++) {
			gc.setFont(item.getFont(i));
			Rectangle bounds = item.getTextBounds(i);
			fits(tree, "cell", item.getText(i), bounds.width, gc, cut);
		}
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				treeItem(tree, child, gc, cut);
			}
		}
	}

	private static void check(Control control, String text, int width, int height, GC gc, boolean wraps, List<String> cut) {
		if (wraps) {
			// A wrapping text needs the height its lines take at the width it has.
			int needed = control.computeSize(width, SWT.DEFAULT).y;
			if (needed > height) {
				cut.add(name(control, text) + ": " + needed + " > " + height + " px high"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		} else {
			fits(control, "text", text.replaceAll("&(.)", "$1"), width, gc, cut); // "&&" is "&", "&X" a mnemonic //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static void fits(Control control, String what, String text, int width, GC gc, List<String> cut) {
		if (text == null || text.isEmpty()) {
			return;
		}
		int needed = 0;
		for (String line : text.split("\n")) { //$NON-NLS-1$
			needed = Math.max(needed, gc.textExtent(line).x);
		}
		if (needed > width) {
			cut.add(name(control, text) + " " + what + ": " + needed + " > " + width + " px"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	private static String name(Control control, String text) {
		Object id = control.getData(Bot.ID_KEY);
		return control.getClass().getSimpleName() + (id == null ? "" : " #" + id) + " '" + text + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
