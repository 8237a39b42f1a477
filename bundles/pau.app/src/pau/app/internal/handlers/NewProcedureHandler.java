package pau.app.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import pau.app.internal.editors.Editors;
import pau.model.Enterprise;
import pau.model.Procedure;

/**
 * New Procedure…: opens the procedure editor on a new procedure of the selected debtor, if any.
 */
public class NewProcedureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Enterprise debtor = null;
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			Object element = structured.getFirstElement();
			if (element instanceof Enterprise enterprise) {
				debtor = enterprise;
			} else if (element instanceof Procedure procedure) {
				debtor = procedure.getEnterprise();
			}
		}
		Editors.newProcedure(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), debtor);
		return null;
	}
}
