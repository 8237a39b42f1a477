package pau.ui.offline.internal;

import java.time.Instant;

import pau.model.Dates;
import pau.model.ValueLabels;
import pau.sync.SyncReport;

/**
 * Readable names of the model's values in the UI language.
 */
final class Labels {

	private Labels() {
	}

	/** The name of a value of the model (procedure type, status). */
	static String of(Enum<?> value) {
		return ValueLabels.of(value);
	}

	static String of(SyncReport.Kind kind) {
		return switch (kind) {
		case CONFLICT_MAIN_KEPT -> Messages.Kind_CONFLICT_MAIN_KEPT;
		case RESTORED -> Messages.Kind_RESTORED;
		case ATTACHED -> Messages.Kind_ATTACHED;
		case DELETION_NOT_TRANSFERRED -> Messages.Kind_DELETION_NOT_TRANSFERRED;
		case EDIT_OF_DELETED_NOT_APPLIED -> Messages.Kind_EDIT_OF_DELETED_NOT_APPLIED;
		};
	}

	/** A table of the public schema, by its name, as the user knows it. */
	static String table(String name) {
		return ValueLabels.table(name);
	}

	static String of(Instant instant) {
		return instant == null ? Messages.Pref_none : Dates.of(instant);
	}

	static String orNone(String text) {
		return text == null || text.isBlank() ? Messages.Pref_none : text;
	}
}
