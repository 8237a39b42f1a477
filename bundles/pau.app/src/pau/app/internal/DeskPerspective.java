package pau.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import pau.app.internal.views.ProceduresView;

/**
 * The desk: procedures on the left, editors in the middle.
 */
public class DeskPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(ProceduresView.ID, IPageLayout.LEFT, 0.42f, layout.getEditorArea());
		layout.getViewLayout(ProceduresView.ID).setCloseable(false);
	}
}
