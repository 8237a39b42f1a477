package pau.ui.offline.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimElement;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * A model processor (plugin.xml, {@code org.eclipse.e4.workbench.model}) that prepares the window's top
 * trim bar for the status widget's trim contribution (fragment.e4xmi) as the model loads:
 * <ul>
 * <li>The contribution goes after the workbench's stretching "PerspectiveSpacer", so it sits at the
 * right end. The workbench adds that spacer only after it has rendered the trim once, too late for a
 * contribution to be placed after it; so a window that has none yet gets it here, the element the
 * workbench would add (it finds it by id and keeps it).</li>
 * <li>Releases before issue 19 added the widget and a spacer by code, and the workbench saved them
 * with the window; they are taken out, so only the contribution shows the widget.</li>
 * </ul>
 */
public class TopTrimProcessor {

	/** The workbench's ids (org.eclipse.ui.internal.WorkbenchWindow, IWorkbenchConstants). */
	private static final String TOP_TRIM = "org.eclipse.ui.main.toolbar"; //$NON-NLS-1$
	private static final String PERSPECTIVE_SPACER = "PerspectiveSpacer"; //$NON-NLS-1$
	private static final String LAYOUT_MODIFIER = "bundleclass://org.eclipse.e4.ui.workbench.renderers.swt/" //$NON-NLS-1$
			+ "org.eclipse.e4.ui.workbench.renderers.swt.LayoutModifierToolControl"; //$NON-NLS-1$
	private static final List<String> SPACER_TAGS = List.of("stretch", "SHOW_RESTORE_MENU"); //$NON-NLS-1$ //$NON-NLS-2$
	/** What releases before issue 19 saved in the top trim. */
	private static final Set<String> SAVED_BY_OLD_RELEASES = Set.of("pau.ui.offline.trim.spacer", //$NON-NLS-1$
			"pau.ui.offline.trim.status"); //$NON-NLS-1$

	@Execute
	public void prepare(MApplication application, EModelService models) {
		for (MWindow window : application.getChildren()) {
			if (!(window instanceof MTrimmedWindow trimmed)) {
				continue;
			}
			for (MTrimBar bar : trimmed.getTrimBars()) {
				List<MTrimElement> children = bar.getChildren();
				children.removeIf(element -> SAVED_BY_OLD_RELEASES.contains(element.getElementId()));
				if (TOP_TRIM.equals(bar.getElementId())
						&& children.stream().noneMatch(e -> PERSPECTIVE_SPACER.equals(e.getElementId()))) {
					MToolControl spacer = models.createModelElement(MToolControl.class);
					spacer.setElementId(PERSPECTIVE_SPACER);
					spacer.setContributionURI(LAYOUT_MODIFIER);
					spacer.getTags().addAll(SPACER_TAGS);
					children.add(spacer);
				}
			}
		}
	}
}
