package pau.ui.offline.internal;

import java.util.Locale;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

import pau.store.BenchmarkMarkers;

/**
 * For the benchmark (issue 21 item 6: the go-offline wizard's list of a large office): started with
 * {@code -Dpau.wizardListedMarker=FILE}, PAU Desk writes the file each time the wizard's page has listed
 * main's procedures, saying how many and where on the screen the list and the filter box are, as the
 * procedures view's marker does. Without the property nothing happens.
 */
final class WizardListedMarker {

	private static final String PROPERTY = "pau.wizardListedMarker"; //$NON-NLS-1$

	private WizardListedMarker() {
	}

	static void shown(Control list, Control filter, int procedures) {
		if (!BenchmarkMarkers.wanted(PROPERTY)) {
			return;
		}
		list.update(); // painted, not only set
		BenchmarkMarkers.write(PROPERTY, "procedures " + procedures + "\n" + where("list", list) + where("filter", filter)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String where(String name, Control control) {
		Rectangle area = control.getDisplay().map(control.getParent(), null, control.getBounds());
		return String.format(Locale.ROOT, "%s %d %d %d %d%n", name, area.x, area.y, area.width, area.height); //$NON-NLS-1$
	}
}
