package pau.app.internal.editors;

import java.util.function.Function;

/**
 * A column of a records table: title, width and the text of a record.
 *
 * @param <T> the record type
 */
public record Column<T>(String title, int width, Function<T, String> text) {

	String textOf(T record) {
		String value = text.apply(record);
		return value == null ? "" : value.replace('\n', ' '); //$NON-NLS-1$
	}
}
