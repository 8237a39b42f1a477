package pau.app.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import pau.app.internal.editors.Editors;

/**
 * Opens the editors of the selected procedures or debtors.
 */
public class OpenHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				Editors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), element);
			}
		}
		return null;
	}
}
