package pau.app.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

import pau.app.internal.common.Databases;
import pau.app.internal.common.Errors;
import pau.app.internal.views.ProceduresView;
import pau.model.DataException;
import pau.model.RecordStore;
import pau.store.ActiveDatabase;
import pau.store.Store;

/**
 * What the record editors share: a dirty flag, inline problems in the form header, Save through the
 * standard save command, and re-reading (or closing) when the active database changes.
 */
public abstract class RecordEditor extends FormEditor {

	private boolean dirty;
	private List<String> problems = List.of();
	private ActiveDatabase database;
	/** The database the record was read from: saving into another one would bypass the merge rules. */
	private volatile Store loadedFrom;
	private final Runnable databaseChanged = () -> Display.getDefault().asyncExec(this::databaseChanged);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RecordInput)) {
			throw new PartInitException(input.getName());
		}
		super.init(site, input);
		try {
			Databases.offUiThread(() -> {
				Store store = Databases.active().current();
				load(store.records());
				loadedFrom = store;
			});
		} catch (DataException e) {
			throw new PartInitException(Errors.status(e.getMessage(), e));
		}
		setPartName(title());
		database = Databases.active();
		database.addListener(databaseChanged);
	}

	public RecordInput recordInput() {
		return (RecordInput) getEditorInput();
	}

	/** Reads the record (and its records) of the input; runs in a background job or, once, while opening. */
	protected abstract void load(RecordStore records);

	/** The tab title. */
	protected abstract String title();

	/** Writes the record's typed values into it; returns the problems of all records. */
	protected abstract List<String> check();

	/** Writes to the database; throws DataException when it refuses. */
	protected abstract void save(RecordStore records);

	/** Shows the (re-)read data in all pages made so far. */
	protected void refreshPages() {
		for (Object page : pages) {
			if (page instanceof RecordPage recordPage && recordPage.getManagedForm() != null) {
				recordPage.refresh();
				recordPage.updateBanner();
			}
		}
	}

	/** A notice shown above every page before the user types (B14), or null. */
	protected String banner() {
		return null;
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	/** The user changed something. */
	public void markDirty() {
		if (!dirty) {
			dirty = true;
			editorDirtyStateChanged();
		}
	}

	/** The problems shown now in the header, as user messages. */
	public List<String> problems() {
		return problems;
	}

	/** Shows the problems and returns them all, the controls' first. */
	protected List<String> showAndCollect(List<String> recordProblems, java.util.Map<Control, String> controlProblems) {
		showProblems(recordProblems, controlProblems);
		List<String> all = new ArrayList<>(controlProblems.values());
		all.addAll(recordProblems);
		return all;
	}

	/** Shows the problems in the form header of every page, decorating the controls where known. */
	public void showProblems(List<String> newProblems, java.util.Map<Control, String> controlProblems) {
		List<String> all = new ArrayList<>(controlProblems.values());
		all.addAll(newProblems);
		problems = List.copyOf(all);
		for (Object page : pages) {
			if (page instanceof IFormPage formPage && formPage.getManagedForm() != null) {
				IManagedForm form = formPage.getManagedForm();
				IMessageManager messages = form.getMessageManager();
				messages.setAutoUpdate(false);
				messages.removeAllMessages();
				int n = 0;
				for (var entry : controlProblems.entrySet()) {
					if (!entry.getKey().isDisposed() && entry.getKey().getShell() == form.getForm().getShell()) {
						messages.addMessage("c" + n++, entry.getValue(), null, IMessageProvider.ERROR, entry.getKey()); //$NON-NLS-1$
					}
				}
				for (String problem : newProblems) {
					messages.addMessage("p" + n++, problem, null, IMessageProvider.ERROR); //$NON-NLS-1$
				}
				messages.setAutoUpdate(true);
				form.getForm().setMessage(all.isEmpty() ? null : String.join(" ", all), //$NON-NLS-1$
						all.isEmpty() ? IMessageProvider.NONE : IMessageProvider.ERROR);
			}
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		List<String> found = check();
		if (!problems.isEmpty() || !found.isEmpty()) {
			// Nothing is saved while a record is invalid; the problems are in the header already.
			monitor.setCanceled(true);
			return;
		}
		try {
			Databases.offUiThread(() -> {
				Store store = Databases.active().current();
				if (store != loadedFrom) {
					throw new DataException(Messages.Editor_otherDatabase);
				}
				save(store.records());
			});
			recordInput().saved();
			dirty = false;
			editorDirtyStateChanged();
			setPartName(title());
			refreshPages();
			ProceduresView.refreshAll();
		} catch (DataException e) {
			monitor.setCanceled(true);
			Errors.show(getSite().getShell(), Messages.Editor_saveFailedTitle, Messages.Editor_saveFailed, e);
		}
	}

	@Override
	public void doSaveAs() {
		// not supported
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Re-reads in the background; closes the editor when its record is gone from the database. */
	private void databaseChanged() {
		if (getContainer() == null || getContainer().isDisposed() || recordInput().isNew() || dirty) {
			return;
		}
		Job job = Job.create(Messages.Editor_reloadJob, monitor -> {
			try {
				Store store = Databases.active().current();
				RecordStore records = store.records();
				if (records.find(recordInput().type(), recordInput().id()).isEmpty()) {
					Display.getDefault().asyncExec(() -> getSite().getPage().closeEditor(this, false));
					return Status.OK_STATUS;
				}
				load(records);
				loadedFrom = store;
				Display.getDefault().asyncExec(() -> {
					if (getContainer() != null && !getContainer().isDisposed()) {
						setPartName(title());
						refreshPages();
					}
				});
			} catch (DataException e) {
				// The views report an unreachable database themselves; a second dialog would only stack.
				org.eclipse.core.runtime.ILog.of(RecordEditor.class).log(Errors.status(e.getMessage(), e));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Whether this editor shows the record now (for tests and the views). */
	public boolean isShowing(Class<?> type, java.util.UUID id) {
		return recordInput().type() == type && recordInput().id().equals(id);
	}

	@Override
	public void dispose() {
		if (database != null) {
			database.removeListener(databaseChanged);
		}
		super.dispose();
	}
}
