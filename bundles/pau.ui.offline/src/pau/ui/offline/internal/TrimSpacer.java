package pau.ui.offline.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Layout;

import jakarta.annotation.PostConstruct;

/**
 * An empty tool control tagged "stretch": it takes the free width of the top trim bar so that the
 * status widget sits at its right end. It asks for no height: an empty composite without a layout
 * asks SWT's default 64 × 64 pixels, which made the top trim a ~60 px empty band under the menu in
 * main mode (issue 12).
 */
public class TrimSpacer {

	@PostConstruct
	public void createControl(Composite parent) {
		Composite spacer = new Composite(parent, SWT.NONE);
		WidgetIds.tag(spacer, WidgetIds.TRIM_SPACER);
		spacer.setLayout(new Layout() {
			@Override
			protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
				return new Point(1, 1);
			}

			@Override
			protected void layout(Composite composite, boolean flushCache) {
				// nothing inside
			}
		});
	}
}
