package pau.ui.tests.pages;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;

import pau.app.internal.editors.Messages;
import pau.app.internal.editors.RecordEditor;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;

/**
 * Page object of a record editor (procedure or enterprise): fields, dirty state, Save, problems.
 */
public class RecordEditorBot<E extends RecordEditor> {

	protected final Bot bot;
	protected final E editor;

	protected RecordEditorBot(Bot bot, E editor) {
		this.bot = bot;
		this.editor = editor;
	}

	/** Waits for the active editor to be of the type and returns it. */
	static <E extends RecordEditor> E activeEditor(Bot bot, Class<E> type) {
		return bot.waitFor("an active " + type.getSimpleName(), () -> {
			IEditorPart part = ProceduresViewBot.page().getActiveEditor();
			return type.isInstance(part) ? type.cast(part) : null;
		});
	}

	public E editor() {
		return editor;
	}

	/** Types into a text field, or chooses in a combo, by the field's id. */
	public void set(String fieldId, String value) {
		Object widget = bot.waitFor("field " + fieldId, () -> {
			Text text = bot.findNow(Text.class, t -> fieldId.equals(t.getData(Bot.ID_KEY)));
			return text != null ? text : bot.findNow(Combo.class, c -> fieldId.equals(c.getData(Bot.ID_KEY)));
		});
		if (widget instanceof Text text) {
			bot.setText(text, value);
		} else {
			bot.select((Combo) widget, value);
		}
	}

	public String get(String fieldId) {
		Object widget = bot.waitFor("field " + fieldId, () -> {
			Text text = bot.findNow(Text.class, t -> fieldId.equals(t.getData(Bot.ID_KEY)));
			return text != null ? text : bot.findNow(Combo.class, c -> fieldId.equals(c.getData(Bot.ID_KEY)));
		});
		return bot.syncExec(() -> widget instanceof Text text ? text.getText() : ((Combo) widget).getText());
	}

	public boolean isDirty() {
		return bot.syncExec(editor::isDirty);
	}

	/** Whether the editor's tab shows the dirty marker: "*" before its title. */
	public boolean tabShowsDirtyMarker() {
		return bot.syncExec(() -> {
			String expected = "*" + editor.getTitle();
			for (CTabFolder folder : bot.findAll(CTabFolder.class)) {
				for (CTabItem item : folder.getItems()) {
					if (expected.equals(item.getText())) {
						return true;
					}
				}
			}
			return false;
		});
	}

	public String title() {
		return bot.syncExec(editor::getTitle);
	}

	/** The standard Save command (Ctrl+S), through the handler service. */
	public void save() {
		bot.syncExec(() -> ProceduresViewBot.page().activate(editor));
		bot.executeCommandAndWait("org.eclipse.ui.file.save");
	}

	public void saveAndWaitClean() {
		save();
		bot.waitUntil(new Condition() {
			@Override
			public boolean test() {
				return !editor.isDirty();
			}

			@Override
			public String description() {
				return "the editor to be saved; problems shown: " + bot.syncExec(editor::problems);
			}
		});
	}

	/** The problems shown inline in the form header. */
	public List<String> problems() {
		return bot.syncExec(editor::problems);
	}

	/** The message the form header shows now. */
	public String headerMessage() {
		return bot.syncExec(() -> ((org.eclipse.ui.forms.editor.IFormPage) editor.getSelectedPage()).getManagedForm()
				.getForm().getMessage());
	}

	public void close() {
		bot.syncExec(() -> ProceduresViewBot.page().closeEditor(editor, false));
	}

	/** Fills a record dialog that is open with this title and presses OK. */
	public void fillDialog(String title, Map<String, String> values) {
		BotShell shell = bot.shell(title);
		Bot inDialog = shell.bot();
		for (Map.Entry<String, String> entry : values.entrySet()) {
			Object widget = inDialog.waitFor("field " + entry.getKey(), () -> {
				Text text = inDialog.findNow(Text.class, t -> entry.getKey().equals(t.getData(Bot.ID_KEY)));
				Combo combo = inDialog.findNow(Combo.class, c -> entry.getKey().equals(c.getData(Bot.ID_KEY)));
				return text != null ? text
						: combo != null ? combo
								: inDialog.findNow(Button.class, b -> entry.getKey().equals(b.getData(Bot.ID_KEY)));
			});
			if (widget instanceof Text text) {
				inDialog.setText(text, entry.getValue());
			} else if (widget instanceof Combo combo) {
				inDialog.select(combo, entry.getValue());
			} else {
				inDialog.buttonById(entry.getKey()).select(Boolean.parseBoolean(entry.getValue()));
			}
		}
		var ok = inDialog.button(Messages.Dialog_ok);
		inDialog.waitUntil(Condition.of("OK to be enabled", () -> ok.widget().isEnabled()));
		ok.click();
		shell.waitUntilClosed();
	}
}
