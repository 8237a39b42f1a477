package pau.app.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import pau.app.internal.common.Ids;

/**
 * Label and control for each {@link Field}, in two columns. Writes typed values into the record
 * ({@link #apply()}) and reads them back ({@link #load()}).
 */
public final class FieldsPanel {

	private final Map<Field<?>, Control> controls = new LinkedHashMap<>();
	private final Composite composite;
	private boolean loading;
	private Runnable onChange = () -> {
	};

	public FieldsPanel(Composite parent, FormToolkit toolkit, List<Field<?>> fields) {
		composite = toolkit == null ? new Composite(parent, SWT.NONE) : toolkit.createComposite(parent);
		composite.setLayout(new GridLayout(2, false));
		for (Field<?> field : fields) {
			Label label = toolkit == null ? new Label(composite, SWT.NONE) : toolkit.createLabel(composite, field.label);
			label.setText(field.label);
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, field.lines > 1 ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
			Control control;
			if (field.choices != null) {
				Combo combo = new Combo(composite, field.editableChoice ? SWT.DROP_DOWN : SWT.DROP_DOWN | SWT.READ_ONLY);
				if (toolkit != null) {
					toolkit.adapt(combo, true, false);
				}
				combo.setVisibleItemCount(12);
				combo.addModifyListener(e -> changed());
				control = combo;
			} else if (field.flag) {
				Button check = toolkit == null ? new Button(composite, SWT.CHECK)
						: toolkit.createButton(composite, "", SWT.CHECK); //$NON-NLS-1$
				check.addListener(SWT.Selection, e -> changed());
				control = check;
			} else {
				int style = SWT.BORDER | (field.lines > 1 ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
				Text text = toolkit == null ? new Text(composite, style) : toolkit.createText(composite, "", style); //$NON-NLS-1$
				text.addModifyListener(e -> changed());
				control = text;
			}
			Ids.set(control, field.id);
			GridDataFactory.fillDefaults().grab(true, false).hint(320, field.lines > 1 ? field.lines * 18 : SWT.DEFAULT)
					.applyTo(control);
			controls.put(field, control);
		}
		if (toolkit != null) {
			toolkit.paintBordersFor(composite);
		}
		load();
	}

	public Composite getControl() {
		return composite;
	}

	/** Called after the user changed any field. */
	public void onChange(Runnable listener) {
		this.onChange = listener;
	}

	private void changed() {
		// GTK may deliver a combo's Modify late, after load(); only a real difference is a change.
		if (!loading && differs()) {
			onChange.run();
		}
	}

	/** Whether any control shows something else than the record holds. */
	private boolean differs() {
		for (Map.Entry<Field<?>, Control> entry : controls.entrySet()) {
			if (!shown(entry.getKey()).equals(textOf(entry.getValue()))) {
				return true;
			}
		}
		return false;
	}

	private static <V> String shown(Field<V> field) {
		String text = field.format.apply(field.get.get());
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static String textOf(Control control) {
		if (control instanceof Button check) {
			return Boolean.toString(check.getSelection());
		}
		return control instanceof Combo combo ? combo.getText() : ((Text) control).getText();
	}

	/** Shows the record's current values. */
	public void load() {
		loading = true;
		try {
			controls.forEach(this::show);
		} finally {
			loading = false;
		}
	}

	/** Replaces the values a choice offers (e.g. after the enterprises were read). */
	public <V> void setChoices(Field<V> field, List<V> choices) {
		field.choices = choices;
		loading = true;
		try {
			show(field, controls.get(field));
		} finally {
			loading = false;
		}
	}

	@SuppressWarnings("unchecked")
	private <V> void show(Field<V> field, Control control) {
		String value = field.format.apply(field.get.get());
		if (control instanceof Combo combo) {
			combo.removeAll();
			for (Object choice : field.choices) {
				combo.add(field.format.apply((V) choice));
			}
			combo.setText(value);
		} else if (control instanceof Text text) {
			text.setText(value);
		} else if (control instanceof Button check) {
			check.setSelection(Boolean.parseBoolean(value));
		}
	}

	/**
	 * Writes what the user typed into the record.
	 *
	 * @return the values that could not be parsed, by control, as user messages; those fields keep their old value
	 */
	public Map<Control, String> apply() {
		Map<Control, String> problems = new LinkedHashMap<>();
		controls.forEach((field, control) -> {
			String message = applyOne(field, control);
			if (message != null) {
				problems.put(control, message);
			}
		});
		return problems;
	}

	private static <V> String applyOne(Field<V> field, Control control) {
		String text = textOf(control);
		try {
			field.set.accept(field.parse.apply(text));
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/** The controls, for decorations. */
	public List<Control> controls() {
		return new ArrayList<>(controls.values());
	}

	/** The control of the field with this id. */
	public Control control(String id) {
		for (Map.Entry<Field<?>, Control> entry : controls.entrySet()) {
			if (entry.getKey().id.equals(id)) {
				return entry.getValue();
			}
		}
		return null;
	}
}
