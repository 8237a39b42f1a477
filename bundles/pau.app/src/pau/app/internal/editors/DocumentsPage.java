package pau.app.internal.editors;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import pau.app.internal.common.Databases;
import pau.app.internal.common.Errors;
import pau.model.Correspondence;
import pau.model.DataException;
import pau.model.Document;

/**
 * The procedure's documents: attach from a file (a job with progress, streamed whatever the size),
 * export to a file, delete. These act on the database at once: a document's content is no pending
 * edit.
 */
public final class DocumentsPage extends RecordPage {

	/** The family of the document jobs, for tests and shutdown. */
	public static final Object JOB_FAMILY = DocumentsPage.class;

	private TableViewer viewer;
	private Button attach;
	private Button export;
	private Button delete;
	private Label hint;

	DocumentsPage(ProcedureEditor editor) {
		super(editor, "documents", Messages.DocumentsPage_title); //$NON-NLS-1$
	}

	@Override
	public ProcedureEditor getEditor() {
		return (ProcedureEditor) super.getEditor();
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		Table table = createTable(managedForm, "documents"); //$NON-NLS-1$
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// What a lawyer tells documents by: the name (the whole of it), the kind in words, the size.
		// (The media type and the content's SHA-256 are for the database, not for the table.)
		column(Messages.Document_fileName, 260, d -> d.getFileName());
		column(Messages.Document_kind, 160, d -> kind(d.getMediaType(), d.getFileName()));
		column(Messages.Document_size, 100, d -> size(d.getSizeBytes()));
		viewer.addSelectionChangedListener(e -> updateButtons());

		Composite buttons = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		attach = button(toolkit, buttons, Messages.Documents_attach, "documents.attach"); //$NON-NLS-1$
		attach.addListener(SWT.Selection, e -> chooseAndAttach());
		export = button(toolkit, buttons, Messages.Documents_export, "documents.export"); //$NON-NLS-1$
		export.addListener(SWT.Selection, e -> chooseAndExport());
		delete = button(toolkit, buttons, Messages.Documents_delete, "documents.delete"); //$NON-NLS-1$
		delete.addListener(SWT.Selection, e -> delete());
		hint = toolkit.createLabel(body, Messages.Documents_saveFirst, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hint);
	}

	private void column(String title, int width, java.util.function.Function<Document, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Document) element);
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
	}

	/** The kind of a document in words, from its media type (or, failing that, its file name's extension). */
	public static String kind(String mediaType, String fileName) {
		String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
		String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
		if (type.equals("application/pdf") || name.endsWith(".pdf")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Messages.Document_kindPdf;
		}
		if (type.contains("word") || name.endsWith(".doc") || name.endsWith(".docx") || name.endsWith(".odt") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| name.endsWith(".rtf")) { //$NON-NLS-1$
			return Messages.Document_kindText;
		}
		if (type.contains("sheet") || type.contains("excel") || name.endsWith(".xls") || name.endsWith(".xlsx") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| name.endsWith(".ods") || name.endsWith(".csv")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Messages.Document_kindSheet;
		}
		if (type.startsWith("image/")) { //$NON-NLS-1$
			return Messages.Document_kindImage;
		}
		if (type.startsWith("text/")) { //$NON-NLS-1$
			return Messages.Document_kindPlain;
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? Messages.Document_kindOther
				: Messages.bind(Messages.Document_kindFile, name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT));
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return Messages.bind(Messages.Document_bytes, Long.valueOf(bytes));
		}
		if (bytes < 1024 * 1024) {
			return Messages.bind(Messages.Document_kilobytes, Long.valueOf((bytes + 512) / 1024));
		}
		return Messages.bind(Messages.Document_megabytes, String.format("%.1f", Double.valueOf(bytes / 1048576.0))); //$NON-NLS-1$
	}

	private boolean saved() {
		return !getEditor().recordInput().isNew();
	}

	private Document selected() {
		return (Document) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	private void updateButtons() {
		attach.setEnabled(saved());
		export.setEnabled(selected() != null);
		delete.setEnabled(selected() != null);
		hint.setVisible(!saved());
	}

	private void chooseAndAttach() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(Messages.Documents_attachTitle);
		String file = dialog.open();
		if (file != null) {
			attach(Path.of(file));
		}
	}

	/** Attaches the file as a new document in a job with progress; returns the job. */
	public Job attach(Path file) {
		Document document = new Document();
		document.setProcedure(getEditor().data().procedure());
		document.setFileName(file.getFileName().toString());
		String name = Messages.bind(Messages.Documents_attachJob, document.getFileName());
		return schedule(name, Messages.bind(Messages.Documents_attachFailed, file), monitor -> {
			long size = Files.size(file);
			String type = Files.probeContentType(file);
			document.setMediaType(type == null ? "application/octet-stream" : type); //$NON-NLS-1$
			SubMonitor progress = SubMonitor.convert(monitor, name, (int) Math.max(1, size / 1024));
			try (InputStream in = new ProgressStream(Files.newInputStream(file), progress)) {
				Document stored = Databases.records().documents().attach(document, in);
				Display.getDefault().asyncExec(() -> added(stored));
			}
		});
	}

	/** The work of a document job: file and database I/O. */
	private interface FileWork {
		void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws IOException;
	}

	/** Runs file work as a user job; a failure is shown with the message, a cancel just ends it. */
	private Job schedule(String name, String failure, FileWork work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					work.run(monitor);
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | DataException e) {
					Display.getDefault().asyncExec(
							() -> Errors.show(getSite().getShell(), Messages.Documents_failedTitle, failure, e));
					return Status.OK_STATUS;
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void added(Document stored) {
		getEditor().data().documents().add(stored);
		refresh();
	}

	private void chooseAndExport() {
		Document document = selected();
		if (document == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Documents_exportTitle);
		dialog.setFileName(document.getFileName());
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			export(document, Path.of(file));
		}
	}

	/** Writes the document's content to the file in a job; returns the job. */
	public Job export(Document document, Path file) {
		String name = Messages.bind(Messages.Documents_exportJob, document.getFileName());
		return schedule(name, Messages.bind(Messages.Documents_exportFailed, file), monitor -> {
			monitor.beginTask(name, unknownWork());
			try (OutputStream out = Files.newOutputStream(file)) {
				Databases.records().documents().copyTo(document.getId(), out);
			}
		});
	}

	private static int unknownWork() {
		return org.eclipse.core.runtime.IProgressMonitor.UNKNOWN;
	}

	/** Deletes the selected document after confirmation; at once, not on Save. */
	public void delete() {
		Document document = selected();
		if (document == null || !Confirm.delete(getSite().getShell(),
				Messages.bind(Messages.Documents_deleteQuestion, document.getFileName()))) {
			return;
		}
		try {
			Databases.offUiThread(() -> Databases.records().delete(Document.class, document.getId()));
			getEditor().data().documents().remove(document);
			for (Correspondence letter : getEditor().data().letters()) {
				if (document.equals(letter.getDocument())) {
					letter.setDocument(null); // the database set the link to null as well
				}
			}
			refresh();
		} catch (DataException e) {
			Errors.show(getSite().getShell(), Messages.Documents_failedTitle, Messages.Documents_deleteFailed, e);
		}
	}

	@Override
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(getEditor().data().documents().toArray());
		// The file name column as wide as the longest name: names are what documents are told apart by.
		org.eclipse.swt.widgets.TableColumn names = viewer.getTable().getColumn(0);
		names.pack();
		names.setWidth(Math.max(260, names.getWidth()));
		updateButtons();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Counts the bytes read as progress, in kilobytes; stops when the user cancels. */
	private static final class ProgressStream extends FilterInputStream {
		private final SubMonitor monitor;
		private long count;

		ProgressStream(InputStream in, SubMonitor monitor) {
			super(in);
			this.monitor = monitor;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				advance(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				advance(n);
			}
			return n;
		}

		private void advance(int n) {
			long before = count / 1024;
			count += n;
			int worked = (int) (count / 1024 - before);
			if (worked > 0) {
				monitor.worked(worked);
			}
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}
}
