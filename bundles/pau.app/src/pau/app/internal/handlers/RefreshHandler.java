package pau.app.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import pau.app.internal.views.ProceduresView;

/**
 * Re-reads the procedures from the active database.
 */
public class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProceduresView.refreshAll();
		return null;
	}
}
