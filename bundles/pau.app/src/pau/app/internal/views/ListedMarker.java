package pau.app.internal.views;

import java.util.Locale;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

import pau.app.internal.common.UiPauses;
import pau.store.BenchmarkMarkers;

/**
 * The moment the window first lists procedures, for the benchmark (releng/bench, issue 10: GUI start to a
 * usable window). Started with {@code -Dpau.listedMarker=FILE}, PAU Desk writes that file once, when the
 * procedures view has shown the procedures it read; the benchmark times the process from its start to the
 * file. The file says how many procedures and where on the screen the list and the filter box are
 * ({@code procedures N}, {@code list X Y WIDTH HEIGHT}, {@code filter …}), for the benchmark's clicks
 * (issue 21 item 6). The go-offline wizard's page writes {@code -Dpau.wizardListedMarker=FILE} the same way
 * (pau.ui.offline's {@code WizardListedMarker}).
 */
final class ListedMarker {

	private static final String PROPERTY = "pau.listedMarker"; //$NON-NLS-1$
	private static boolean written;

	private ListedMarker() {
	}

	/** Called on the UI thread each time the view shows what it read in {@code tree}. */
	static void shown(Control tree, Control filter, int procedures) {
		if (written || !BenchmarkMarkers.wanted(PROPERTY) || procedures == 0) {
			return;
		}
		written = true;
		tree.update(); // painted, not only set
		UiPauses.start(tree.getDisplay()); // the benchmark filters and scrolls next
		BenchmarkMarkers.write(PROPERTY, text(tree, filter, procedures));
	}

	/** The marker's text: how many procedures, where the list and the filter box are on the screen. */
	private static String text(Control list, Control filter, int procedures) {
		return "procedures " + procedures + "\n" + bounds("list", list) + bounds("filter", filter); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String bounds(String name, Control control) {
		Rectangle area = control.getDisplay().map(control.getParent(), null, control.getBounds());
		return String.format(Locale.ROOT, "%s %d %d %d %d%n", name, area.x, area.y, area.width, area.height); //$NON-NLS-1$
	}
}
