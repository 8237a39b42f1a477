package pau.app.internal.views;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

import pau.model.Enterprise;
import pau.model.Procedure;

/**
 * Debtors at the top, their procedures below, handed to a virtual tree only as rows are shown (issue 21
 * item 6): 16,000 debtors cost the tree a count, not 16,000 rows built at once.
 */
final class ProcedureTreeContent implements ILazyTreeContentProvider {

	private VirtualTreeViewer viewer;
	private ProcedureTree tree;

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		viewer = (VirtualTreeViewer) changed;
		tree = newInput instanceof ProcedureTree t ? t : null;
	}

	@Override
	public void updateElement(Object parent, int index) {
		if (tree != null) {
			viewer.making(() -> fill(parent, index));
		}
	}

	private void fill(Object parent, int index) {
		if (parent instanceof ProcedureTree) {
			if (index < tree.shownEnterprises().size()) {
				Enterprise enterprise = tree.shownEnterprises().get(index);
				viewer.replace(parent, index, enterprise);
				viewer.setChildCount(enterprise, tree.shownProceduresOf(enterprise).size());
			}
		} else if (parent instanceof Enterprise enterprise) {
			var procedures = tree.shownProceduresOf(enterprise);
			if (index < procedures.size()) {
				viewer.replace(parent, index, procedures.get(index));
				viewer.setChildCount(procedures.get(index), 0);
			}
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = 0;
		if (tree != null && element instanceof ProcedureTree) {
			count = tree.shownEnterprises().size();
		} else if (tree != null && element instanceof Enterprise enterprise) {
			count = tree.shownProceduresOf(enterprise).size();
		}
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		if (tree == null) {
			return null;
		}
		if (element instanceof Procedure procedure) {
			return tree.enterpriseOf(procedure);
		}
		return element instanceof Enterprise ? tree : null;
	}
}
