package pau.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Names of the model's values (procedure types and statuses, claim queues and statuses, letter
 * directions, ...) and of the tables of the public schema in the user's language, one place for every
 * view of them. Looked up by key in {@code labels.properties} (and its translations), so a new enum or
 * table needs only its lines there.
 */
public final class ValueLabels {
	private static final String BUNDLE_NAME = "pau.model.labels"; //$NON-NLS-1$

	private ValueLabels() {
	}

	/**
	 * The name of the value, e.g. "Bankruptcy proceedings" / "Конкурсное производство" for the key
	 * {@code ProcedureType_BANKRUPTCY_PROCEEDINGS}; empty for null, the constant's name when it has no label.
	 */
	public static String of(Enum<?> value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return label(value.getDeclaringClass().getSimpleName() + '_' + value.name(), value.name());
	}

	/** A table of the public schema as the user knows it (key {@code Table_CLAIMS}); the name itself when it has none. */
	public static String table(String name) {
		return label("Table_" + name, name); //$NON-NLS-1$
	}

	/**
	 * The name of a value stored as text, by its enum's simple name and the constant, e.g.
	 * ("ClaimQueue", "FIRST") → "1st queue"; the constant itself when it has no label.
	 */
	public static String of(String enumName, String constant) {
		if (constant == null) {
			return ""; //$NON-NLS-1$
		}
		return label(enumName + '_' + constant, constant);
	}

	/**
	 * A column of the public schema as the user knows the field (key {@code Column_CLAIMS_AMOUNT}:
	 * "Amount"); the column's name when it has none.
	 */
	public static String column(String table, String column) {
		return label("Column_" + table + '_' + column, column); //$NON-NLS-1$
	}

	private static String label(String key, String fallback) {
		try {
			// The language the platform runs in (-nl), never the JVM's own default as a fallback.
			return ResourceBundle.getBundle(BUNDLE_NAME, Locale.getDefault(), ValueLabels.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
