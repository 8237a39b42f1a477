package pau.ui.offline.internal;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Editors hold records of the database they were opened on. Before the application switches to
 * another database they are closed, and the user saves or drops unsaved changes first, so nothing
 * typed offline is saved into main past the merge rules, and nothing is silently lost.
 */
final class OpenEditors {

	private OpenEditors() {
	}

	/** Closes all editors, asking about unsaved ones; false when the user cancelled. */
	static boolean closeBeforeSwitching() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				if (!page.closeAllEditors(true)) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether an open editor has unsaved changes. */
	static boolean anyDirty() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				if (page.getDirtyEditors().length > 0) {
					return true;
				}
			}
		}
		return false;
	}

	/** Closes all editors and drops their unsaved changes: the user chose to throw the offline work away. */
	static void closeWithoutSaving() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				page.closeAllEditors(false);
			}
		}
	}
}
