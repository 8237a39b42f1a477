package pau.ui.offline.internal;

import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.AbstractColumnLayout;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Columns as wide as their texts: each column's width is the widest of its header (in the bold font GTK
 * draws headers in) and its cells in the fonts they are drawn in (a tree's first column with its
 * indentation), up to {@link #CAP}; the column layout never makes a column narrower than that, and
 * shares any room left by the same proportions. Where the screen has not the room for all (the Russian
 * report of a claim's conflict needs about 1,280 pixels, a screen 1,366 wide; long court names more),
 * the dialog scrolls sideways rather than cut a text; a text longer than the cap (a letter's long
 * subject) shows whole in the tool tip.
 */
final class ColumnWidths {

	/** The widest a column is made for its texts. */
	static final int CAP = 640;
	/** The cell's margins and the header's room for the resize handle (GTK draws the most). */
	private static final int PADDING = 20;
	/** A tree's expander or one level of indentation (GTK's Adwaita: 20 pixels a level). */
	private static final int INDENT = 20;
	/** What a dialog's margins, a table's border and its scroll bar take beside the columns. */
	private static final int CHROME = 50;
	/** Room left around a dialog made as wide as the screen. */
	private static final int SCREEN_MARGIN = 10;

	private ColumnWidths() {
	}

	/** Sizes the tree's columns to their texts; returns the sum of the widths. */
	static int fit(Tree tree, AbstractColumnLayout layout) {
		return fit(tree, tree.getColumns(), layout, (gc, widths) -> {
			for (TreeItem item : tree.getItems()) {
				measure(gc, item, 1, widths);
			}
		});
	}

	/** Sizes the table's columns to their texts; returns the sum of the widths. */
	static int fit(Table table, AbstractColumnLayout layout) {
		return fit(table, table.getColumns(), layout, (gc, widths) -> {
			for (TableItem item : table.getItems()) {
				for (int i = 0; i < widths.length; i++) {
					widths[i] = Math.max(widths[i], measure(gc, item.getFont(i), item.getText(i)));
				}
			}
		});
	}

	/** A dialog's first width for columns that need {@code columnsWidth}: wide enough for them, within the screen. */
	static int dialogWidth(Shell shell, int defaultWidth, int columnsWidth) {
		int screen = shell.getMonitor().getClientArea().width - 2 * SCREEN_MARGIN;
		return Math.min(screen, Math.max(defaultWidth, columnsWidth + CHROME));
	}

	/** The headers measured here, the cells by {@code cells}; then the widths go to the layout. */
	private static int fit(Control control, Item[] columns, AbstractColumnLayout layout, BiConsumer<GC, int[]> cells) {
		int[] widths = new int[columns.length];
		GC gc = new GC(control);
		Font header = FontDescriptor.createFrom(control.getFont()).setStyle(SWT.BOLD).createFont(control.getDisplay());
		try {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = measure(gc, header, columns[i].getText());
			}
			cells.accept(gc, widths);
		} finally {
			header.dispose();
			gc.dispose();
		}
		apply(layout, columns, widths);
		return IntStream.of(widths).sum();
	}

	/** The whole text of the cell under the pointer as the tree's tool tip (for a text the cap cuts). */
	static void toolTips(Tree tree) {
		tree.addListener(SWT.MouseHover, e -> {
			TreeItem item = tree.getItem(new Point(e.x, e.y));
			tree.setToolTipText(item == null ? null : cellAt(e.x, e.y, tree.getColumnCount(), item::getBounds, item::getText));
		});
	}

	/** The whole text of the cell under the pointer as the table's tool tip (for a text the cap cuts). */
	static void toolTips(Table table) {
		table.addListener(SWT.MouseHover, e -> {
			TableItem item = table.getItem(new Point(e.x, e.y));
			table.setToolTipText(item == null ? null : cellAt(e.x, e.y, table.getColumnCount(), item::getBounds, item::getText));
		});
	}

	private static String cellAt(int x, int y, int columns, IntFunction<Rectangle> bounds, IntFunction<String> text) {
		for (int i = 0; i < columns; i++) {
			if (bounds.apply(i).contains(x, y)) {
				String cell = text.apply(i);
				return cell.isEmpty() ? null : cell;
			}
		}
		return null;
	}

	private static void measure(GC gc, TreeItem item, int depth, int[] widths) {
		for (int i = 0; i < widths.length; i++) {
			int indent = i == 0 ? depth * INDENT : 0;
			widths[i] = Math.max(widths[i], indent + measure(gc, item.getFont(i), item.getText(i)));
		}
		for (TreeItem child : item.getItems()) {
			measure(gc, child, depth + 1, widths);
		}
	}

	private static int measure(GC gc, Font font, String text) {
		gc.setFont(font);
		return Math.min(CAP, gc.textExtent(text).x + PADDING);
	}

	private static void apply(AbstractColumnLayout layout, Item[] columns, int[] widths) {
		for (int i = 0; i < widths.length; i++) {
			layout.setColumnData(columns[i], new ColumnWeightData(widths[i], widths[i], true));
		}
	}
}
