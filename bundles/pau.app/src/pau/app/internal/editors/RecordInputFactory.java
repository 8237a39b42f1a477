package pau.app.internal.editors;

import java.util.UUID;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

import pau.model.Record;

/**
 * Re-creates a {@link RecordInput} from the workbench's saved state: the editors open when PAU Desk was
 * quit are open again at its next start. The record is read when its editor is shown; one no longer in
 * the database closes its editor (RecordEditor).
 */
public final class RecordInputFactory implements IElementFactory {

	/** The factory's id in plugin.xml. */
	public static final String ID = "pau.app.editors.recordInputFactory"; //$NON-NLS-1$

	@Override
	public IAdaptable createElement(IMemento memento) {
		String typeName = memento.getString(RecordInput.TYPE);
		String id = memento.getString(RecordInput.ID);
		if (typeName == null || id == null) {
			return null;
		}
		try {
			Class<?> type = Class.forName(typeName, false, Record.class.getClassLoader());
			if (!Record.class.isAssignableFrom(type)) {
				return null;
			}
			return new RecordInput(type.asSubclass(Record.class), UUID.fromString(id), memento.getString(RecordInput.NAME),
					null);
		} catch (ClassNotFoundException | IllegalArgumentException e) {
			return null; // saved by another release: the editor is simply not reopened
		}
	}
}
