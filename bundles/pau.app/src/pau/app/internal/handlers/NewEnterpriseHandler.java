package pau.app.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import pau.app.internal.editors.Editors;

/**
 * New Enterprise…: opens the enterprise editor on a new debtor.
 */
public class NewEnterpriseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Editors.newEnterprise(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		return null;
	}
}
