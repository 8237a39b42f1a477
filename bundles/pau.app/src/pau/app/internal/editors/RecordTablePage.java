package pau.app.internal.editors;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import pau.app.internal.common.Ids;
import pau.model.ProcedureRecord;

/**
 * A page with the procedure's records of one type (claims, meetings, letters, ...): a table and Add, Edit,
 * Delete. Changes stay in the editor until Save.
 *
 * @param <T> the record type
 */
public final class RecordTablePage<T extends ProcedureRecord> extends RecordPage {

	/** The widest a column is made for its cells. */
	private static final int FIT_CAP = 420;
	/** A cell's margins on both sides (GTK). */
	private static final int CELL_PADDING = 24;

	private final String newTitle;
	private final Function<T, String> name;
	private final String key;
	private final Class<T> type;
	private final Supplier<T> factory;
	private final Function<T, List<Field<?>>> fields;
	private final List<Column<T>> columns;
	private final Supplier<String> footer;
	private TableViewer viewer;
	private Label footerLabel;
	private Button edit;
	private Button delete;

	/**
	 * @param newTitle the dialog's title for a new record ("New Claim")
	 * @param name one record in words, as the report names it ("claim of ООО «…» for 150 000,00 ₽"):
	 *            the edit dialog's title and the delete question
	 */
	RecordTablePage(ProcedureEditor editor, String key, String title, Class<T> type, Supplier<T> factory, String newTitle,
			Function<T, String> name, Function<T, List<Field<?>>> fields, List<Column<T>> columns, Supplier<String> footer) {
		super(editor, key, title);
		this.key = key;
		this.newTitle = newTitle;
		this.name = name;
		this.type = type;
		this.factory = factory;
		this.fields = fields;
		this.columns = columns;
		this.footer = footer;
	}

	@Override
	public ProcedureEditor getEditor() {
		return (ProcedureEditor) super.getEditor();
	}

	public Class<T> type() {
		return type;
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		Table table = createTable(managedForm, key);
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column<T> column : columns) {
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, column.alignment());
			header(tableColumn.getColumn(), column);
			tableColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.textOf(type.cast(element));
				}
			});
		}
		viewer.addDoubleClickListener(e -> edit());
		viewer.addSelectionChangedListener(e -> updateButtons());

		Composite buttons = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(toolkit, buttons, Messages.Table_add, key + ".add").addListener(SWT.Selection, e -> add()); //$NON-NLS-1$
		edit = button(toolkit, buttons, Messages.Table_edit, key + ".edit"); //$NON-NLS-1$
		edit.addListener(SWT.Selection, e -> edit());
		delete = button(toolkit, buttons, Messages.Table_delete, key + ".delete"); //$NON-NLS-1$
		delete.addListener(SWT.Selection, e -> delete());

		if (footer != null) {
			footerLabel = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
			Ids.set(footerLabel, key + ".totals"); //$NON-NLS-1$
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(footerLabel);
		}
	}

	/**
	 * Titles differ in length from language to language: one wider than its column goes on two lines, and the
	 * column is never narrower than its title.
	 */
	private static void header(TableColumn header, Column<?> column) {
		header.setText(column.title());
		header.pack(); // the table is empty yet: the title's own width
		int space = nearestSpace(column.title(), column.title().length() / 2);
		if (header.getWidth() > column.width() && space > 0) {
			header.setText(column.title().substring(0, space) + '\n' + column.title().substring(space + 1));
			header.pack();
		}
		header.setWidth(Math.max(column.width(), header.getWidth()));
	}

	private static int nearestSpace(String text, int middle) {
		int best = -1;
		for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
			best = best < 0 || Math.abs(i - middle) < Math.abs(best - middle) ? i : best;
		}
		return best;
	}

	private T selected() {
		Object element = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return type.isInstance(element) ? type.cast(element) : null;
	}

	private void updateButtons() {
		boolean any = selected() != null;
		edit.setEnabled(any);
		delete.setEnabled(any);
	}

	private ProcedureData data() {
		return getEditor().data();
	}

	/** Adds a record through its dialog. */
	public void add() {
		T record = factory.get();
		record.setProcedure(data().procedure());
		if (open(record, newTitle) == Window.OK) {
			data().records(type).add(record);
			changed(record);
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(record), true);
		}
	}

	/** Edits the selected record through its dialog. */
	public void edit() {
		T record = selected();
		if (record != null && open(record, capitalized(name.apply(record))) == Window.OK) {
			changed(record);
		}
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private int open(T record, String title) {
		return new RecordDialog(getSite().getShell(), title, Messages.Table_dialogMessage, record, fields.apply(record))
				.open();
	}

	private void changed(T record) {
		data().changed(record);
		getEditor().markDirty();
		refresh();
	}

	/** Removes the selected record after confirmation; deleted from the database on Save. */
	public void delete() {
		T record = selected();
		if (record != null && Confirm.delete(getSite().getShell(), Messages.bind(Messages.Table_deleteQuestion, name.apply(record)))) {
			data().records(type).remove(record);
			data().deleted(record);
			getEditor().markDirty();
			refresh();
		}
	}

	@Override
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(data().records(type).toArray());
		fitCells();
		if (footerLabel != null) {
			footerLabel.setText(footer.get());
			footerLabel.getParent().layout();
		}
		updateButtons();
	}

	/**
	 * Issue 19: each column at least as wide as its cells (a creditor's whole name), up to
	 * {@link #FIT_CAP}; a longer text shows whole in the record's dialog. Columns only grow here, so a
	 * column the lawyer widened stays so.
	 */
	private void fitCells() {
		Table table = viewer.getTable();
		GC gc = new GC(table);
		try {
			TableColumn[] headers = table.getColumns();
			for (int i = 0; i < headers.length; i++) {
				int widest = 0;
				for (TableItem item : table.getItems()) {
					widest = Math.max(widest, gc.textExtent(item.getText(i)).x);
				}
				int wanted = Math.min(FIT_CAP, widest + CELL_PADDING);
				if (wanted > headers[i].getWidth()) {
					headers[i].setWidth(wanted);
				}
			}
		} finally {
			gc.dispose();
		}
	}

	public TableViewer viewer() {
		return viewer;
	}
}
