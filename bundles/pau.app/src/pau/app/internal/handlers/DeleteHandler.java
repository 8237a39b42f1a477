package pau.app.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import pau.app.internal.common.Databases;
import pau.app.internal.common.Errors;
import pau.app.internal.editors.Confirm;
import pau.app.internal.editors.Editors;
import pau.app.internal.views.ProceduresView;
import pau.model.DataException;
import pau.model.Enterprise;
import pau.model.Procedure;

/**
 * Deletes the selected procedure or debtor after confirmation. The database deletes a procedure's
 * records with it, and a debtor's procedures with the debtor; their open editors close.
 */
public class DeleteHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) || selection.isEmpty()) {
			return null;
		}
		Object element = selection.getFirstElement();
		// The window's shell: the "active shell" may be a dialog that has just closed.
		Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		String question;
		if (element instanceof Enterprise enterprise) {
			question = Messages.bind(Messages.Delete_enterpriseQuestion, enterprise.getName());
		} else if (element instanceof Procedure procedure) {
			question = Messages.bind(Messages.Delete_procedureQuestion, procedure.getCaseNumber(),
					procedure.getEnterprise().getName());
		} else {
			return null;
		}
		if (!Confirm.delete(shell, question)) {
			return null;
		}
		try {
			if (element instanceof Enterprise enterprise) {
				Databases.offUiThread(() -> Databases.records().delete(Enterprise.class, enterprise.getId()));
				Editors.closeEditorsOf(page, Enterprise.class, enterprise.getId());
				Editors.closeProceduresOf(page, enterprise.getId());
			} else {
				Procedure procedure = (Procedure) element;
				Databases.offUiThread(() -> Databases.records().delete(Procedure.class, procedure.getId()));
				Editors.closeEditorsOf(page, Procedure.class, procedure.getId());
			}
		} catch (DataException e) {
			Errors.show(shell, Messages.Delete_failedTitle, Messages.Delete_failed, e);
		}
		ProceduresView.refreshAll();
		return null;
	}
}
