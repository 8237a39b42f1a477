package pau.app.internal.editors;

import java.util.Objects;
import java.util.UUID;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import pau.model.Record;

/**
 * Opens a record by type and id. A new record, not saved yet, travels with the input. A saved record's
 * input is kept with the workbench's state, so that its editor is open again at the next start
 * ({@link RecordInputFactory}).
 */
public final class RecordInput implements IEditorInput, IPersistableElement {

	static final String TYPE = "type"; //$NON-NLS-1$
	static final String ID = "id"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$

	private final Class<? extends Record> type;
	private final UUID id;
	private final String name;
	private Record fresh;

	RecordInput(Class<? extends Record> type, UUID id, String name, Record fresh) {
		this.type = type;
		this.id = id;
		this.name = name == null ? "" : name; //$NON-NLS-1$
		this.fresh = fresh;
	}

	/** An input for a record in the database. */
	public static RecordInput of(Record record, String name) {
		return new RecordInput(record.getClass(), record.getId(), name, null);
	}

	/** An input for a new record that is not in the database yet. */
	public static RecordInput ofNew(Record record, String name) {
		return new RecordInput(record.getClass(), record.getId(), name, record);
	}

	public Class<? extends Record> type() {
		return type;
	}

	public UUID id() {
		return id;
	}

	/** The new record, or null once it is in the database. */
	public Record fresh() {
		return fresh;
	}

	/** The record is in the database now. */
	void saved() {
		fresh = null;
	}

	public boolean isNew() {
		return fresh != null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	/** A new record is not kept: it is not in any database to open it from. */
	@Override
	public IPersistableElement getPersistable() {
		return isNew() ? null : this;
	}

	@Override
	public String getFactoryId() {
		return RecordInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(TYPE, type.getName());
		memento.putString(ID, id.toString());
		memento.putString(NAME, name);
	}

	@Override
	public String getToolTipText() {
		return name;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecordInput input && input.type == type && input.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(type, id);
	}
}
