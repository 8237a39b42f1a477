package pau.app.internal.views;

import org.eclipse.jface.viewers.ITreeContentProvider;

import pau.model.Enterprise;
import pau.model.Procedure;

/**
 * Debtors at the top, their procedures below.
 */
final class ProcedureTreeContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof ProcedureTree tree ? tree.enterprises() : new Object[0];
	}

	private ProcedureTree tree;

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
		tree = newInput instanceof ProcedureTree t ? t : null;
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof Enterprise enterprise && tree != null ? tree.proceduresOf(enterprise) : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Procedure procedure ? procedure.getEnterprise() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Enterprise enterprise && tree != null && tree.hasProcedures(enterprise);
	}
}
