package pau.ui.tests.pages;

import pau.app.internal.editors.EnterpriseEditor;
import pau.ui.testkit.Bot;

/**
 * Page object of the enterprise editor.
 */
public final class EnterpriseEditorBot extends RecordEditorBot<EnterpriseEditor> {

	private EnterpriseEditorBot(Bot bot, EnterpriseEditor editor) {
		super(bot, editor);
	}

	/** The active enterprise editor (waits for it). */
	public static EnterpriseEditorBot active(Bot bot) {
		return new EnterpriseEditorBot(bot, activeEditor(bot, EnterpriseEditor.class));
	}
}
