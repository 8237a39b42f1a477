package pau.ui.offline.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * An empty tool control tagged "stretch": it takes the free width of the top trim bar so that the
 * status widget sits at its right end.
 */
public class TrimSpacer {

	@PostConstruct
	public void createControl(Composite parent) {
		new Composite(parent, SWT.NONE);
	}
}
