package pau.app.internal.views;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import pau.model.Enterprise;
import pau.model.Procedure;

/**
 * Keeps the procedures any of whose columns contains the filter text (case-insensitive); a debtor
 * stays when its name matches or one of its procedures does.
 */
final class ProcedureFilter extends ViewerFilter {

	private String text = ""; //$NON-NLS-1$

	void setText(String text) {
		this.text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	boolean isActive() {
		return !text.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (text.isEmpty()) {
			return true;
		}
		if (element instanceof Enterprise enterprise) {
			if (matches(enterprise)) {
				return true;
			}
			ProcedureTree tree = (ProcedureTree) viewer.getInput();
			for (Object child : tree.proceduresOf(enterprise)) {
				if (matches(child)) {
					return true;
				}
			}
			return false;
		}
		if (element instanceof Procedure procedure) {
			return matches(procedure) || matches(procedure.getEnterprise());
		}
		return true;
	}

	private boolean matches(Object element) {
		for (int column = 0; column < ProcedureColumns.COUNT; column++) {
			if (ProcedureColumns.text(null, element, column).toLowerCase(Locale.ROOT).contains(text)) {
				return true;
			}
		}
		return false;
	}
}
