package pau.app.internal.editors;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import pau.app.internal.common.Errors;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.model.ProcedureStatus;

/**
 * Opens the record editors.
 */
public final class Editors {

	private Editors() {
	}

	/** Opens the editor of a procedure or an enterprise of the tree. */
	public static IEditorPart open(IWorkbenchPage page, Object element) {
		if (element instanceof Procedure procedure) {
			return open(page, RecordInput.of(procedure, procedure.getCaseNumber()), ProcedureEditor.ID);
		}
		if (element instanceof Enterprise enterprise) {
			return open(page, RecordInput.of(enterprise, enterprise.getName()), EnterpriseEditor.ID);
		}
		return null;
	}

	/** Opens an editor on a new procedure of the debtor (may be null). */
	public static IEditorPart newProcedure(IWorkbenchPage page, Enterprise debtor) {
		Procedure procedure = new Procedure();
		procedure.setEnterprise(debtor);
		procedure.setStatus(ProcedureStatus.ACTIVE);
		return open(page, RecordInput.ofNew(procedure, Messages.ProcedureEditor_newTitle), ProcedureEditor.ID);
	}

	/** Opens an editor on a new enterprise. */
	public static IEditorPart newEnterprise(IWorkbenchPage page) {
		return open(page, RecordInput.ofNew(new Enterprise(), Messages.EnterpriseEditor_newTitle), EnterpriseEditor.ID);
	}

	private static IEditorPart open(IWorkbenchPage page, RecordInput input, String editorId) {
		try {
			return page.openEditor(input, editorId);
		} catch (PartInitException e) {
			Errors.show(page.getWorkbenchWindow().getShell(), Messages.Editor_openFailedTitle, Messages.Editor_openFailed, e);
			return null;
		}
	}

	/** Closes the editors of a record without asking (it was deleted). */
	public static void closeEditorsOf(IWorkbenchPage page, Class<?> type, java.util.UUID id) {
		for (var reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof RecordEditor editor && editor.isShowing(type, id)) {
				page.closeEditor(editor, false);
			}
		}
	}

	/** Closes editors of procedures whose debtor is the enterprise (deleted with it). */
	public static void closeProceduresOf(IWorkbenchPage page, java.util.UUID enterpriseId) {
		for (var reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof ProcedureEditor editor && editor.data().procedure().getEnterprise() != null
					&& enterpriseId.equals(editor.data().procedure().getEnterprise().getId())) {
				page.closeEditor(editor, false);
			}
		}
	}
}
