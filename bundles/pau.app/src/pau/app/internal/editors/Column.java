package pau.app.internal.editors;

import java.util.function.Function;

import org.eclipse.swt.SWT;

/**
 * A column of a records table: title, width, the text of a record and its alignment (SWT.LEFT, or
 * SWT.RIGHT for amounts, whose digits then line up).
 *
 * @param <T> the record type
 */
public record Column<T>(String title, int width, Function<T, String> text, int alignment) {

	public Column(String title, int width, Function<T, String> text) {
		this(title, width, text, SWT.LEFT);
	}

	/** A column of amounts: right-aligned. */
	public static <T> Column<T> amount(String title, int width, Function<T, String> text) {
		return new Column<>(title, width, text, SWT.RIGHT);
	}

	String textOf(T record) {
		String value = text.apply(record);
		return value == null ? "" : value.replace('\n', ' '); //$NON-NLS-1$
	}
}
