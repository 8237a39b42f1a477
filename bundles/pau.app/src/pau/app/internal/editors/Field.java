package pau.app.internal.editors;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One editable field of a record: how it is read and written, shown and parsed.
 *
 * @param <V> the field's value type
 */
public final class Field<V> {

	final String id;
	final String label;
	int lines = 1;
	List<V> choices;
	boolean editableChoice;
	boolean flag;
	final Supplier<V> get;
	final Consumer<V> set;
	Function<V, String> format = v -> v == null ? "" : v.toString(); //$NON-NLS-1$
	Function<String, V> parse;

	private Field(String id, String label, Supplier<V> get, Consumer<V> set) {
		this.id = id;
		this.label = label;
		this.get = get;
		this.set = set;
	}

	/** A plain text field. */
	public static Field<String> text(String id, String label, Supplier<String> get, Consumer<String> set) {
		Field<String> field = new Field<>(id, label, get, set);
		field.format = v -> v == null ? "" : v; //$NON-NLS-1$
		field.parse = s -> s.isBlank() ? null : s.trim();
		return field;
	}

	/** A field typed as text and parsed (dates, amounts); parse throws IllegalArgumentException with a user message. */
	public static <V> Field<V> parsed(String id, String label, Supplier<V> get, Consumer<V> set, Function<V, String> format,
			Function<String, V> parse) {
		Field<V> field = new Field<>(id, label, get, set);
		field.format = format;
		field.parse = parse;
		return field;
	}

	/** A choice among values (read-only combo). */
	public static <V> Field<V> choice(String id, String label, Supplier<V> get, Consumer<V> set, List<V> choices,
			Function<V, String> format) {
		Field<V> field = new Field<>(id, label, get, set);
		field.choices = choices;
		field.format = format;
		field.parse = s -> {
			for (V choice : field.choices) {
				if (Objects.equals(format.apply(choice), s)) {
					return choice;
				}
			}
			return null;
		};
		return field;
	}

	/** A yes/no field, shown as a check box. */
	public static Field<Boolean> flag(String id, String label, Supplier<Boolean> get, Consumer<Boolean> set) {
		Field<Boolean> field = new Field<>(id, label, get, set);
		field.flag = true;
		field.format = v -> Boolean.toString(Boolean.TRUE.equals(v));
		field.parse = Boolean::valueOf;
		return field;
	}

	/** Multi-line text. */
	public Field<V> lines(int count) {
		this.lines = count;
		return this;
	}

	/** Lets a choice also take typed text, parsed by the function (e.g. a new creditor's name). */
	public Field<V> editable(Function<String, V> typed) {
		this.editableChoice = true;
		Function<String, V> choose = parse;
		this.parse = s -> {
			V chosen = choose.apply(s);
			return chosen != null || s.isBlank() ? chosen : typed.apply(s.trim());
		};
		return this;
	}
}
