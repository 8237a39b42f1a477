package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pau.app.internal.common.Databases;
import pau.app.internal.common.Errors;
import pau.app.internal.editors.Messages;
import pau.model.Procedure;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;
import pau.ui.tests.pages.ProcedureEditorBot;
import pau.ui.tests.pages.ProceduresViewBot;

/**
 * Issue 12 "Russian everywhere": the platform's dialogs (Preferences, About, Installation Details,
 * the Save question, an error dialog) and the record dialogs speak the UI language — in Russian no
 * English word is left (our NLS fragments of JFace and the Workbench) — and every menu and dialog
 * has distinct mnemonics. Runs in both languages ({@code -Dpau.test.nl=ru}); screenshots of each
 * dialog go to target/screenshots.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PlatformTextsTest {

	/** Latin words a Russian user may meet: the product's name, and the "URL" of a database. */
	private static final Set<String> LATIN_ALLOWED = Set.of("PAU", "Desk", "URL", "SHA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/**
	 * Texts of pages that only the test runtime has: Tycho's UI harness always adds
	 * org.eclipse.ui.ide.application (with the IDE's "General" and Team preference pages and the
	 * "Features" installation page); the product ships none of them.
	 */
	private static final Set<String> HARNESS_ONLY = Set.of("Features", "General", "Version Control (Team)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}"); //$NON-NLS-1$
	private static final Pattern MNEMONIC = Pattern.compile("(?<!&)&([^&])"); //$NON-NLS-1$

	private final DeskFixture desk = new DeskFixture();
	private final Bot bot = desk.bot;
	private final ProceduresViewBot view = new ProceduresViewBot(bot);

	@AfterEach
	void tearDown() {
		for (Shell shell : bot.syncExec(() -> bot.display().getShells())) {
			bot.syncExec(() -> {
				if (!shell.isDisposed() && shell.getParent() != null && shell.isVisible()) {
					shell.close();
				}
			});
		}
		desk.tearDown();
	}

	private static boolean russian() {
		return Platform.getNL().startsWith("ru"); //$NON-NLS-1$
	}

	private static String nl() {
		return russian() ? "ru" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String text(String english, String russian) {
		return russian() ? russian : english;
	}

	private File screenshot(String name) {
		return bot.screenshot(new File("target/screenshots/" + name + "-" + nl() + ".png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** What a user reads in the shell: its title, buttons, labels, tabs and tree items. */
	private List<String> texts(BotShell shell) {
		return bot.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			texts.add(shell.widget().getText());
			Bot inside = bot.inside(shell.widget());
			inside.findAll(Button.class).forEach(b -> texts.add(b.getText()));
			inside.findAll(Label.class).forEach(l -> texts.add(l.getText()));
			inside.findAll(TabFolder.class).forEach(f -> {
				for (TabItem item : f.getItems()) {
					texts.add(item.getText());
				}
			});
			inside.findAll(CTabFolder.class).forEach(f -> {
				for (CTabItem item : f.getItems()) {
					texts.add(item.getText());
				}
			});
			inside.findAll(Tree.class).forEach(t -> {
				for (TreeItem item : t.getItems()) {
					texts.add(item.getText());
				}
			});
			return texts;
		});
	}

	/** In Russian: no English word in what the shell shows. */
	private void assertNoEnglish(BotShell shell) {
		if (!russian()) {
			return;
		}
		for (String text : texts(shell)) {
			if (HARNESS_ONLY.contains(text)) {
				continue;
			}
			Matcher words = LATIN_WORD.matcher(Bot.strip(text));
			while (words.find()) {
				assertTrue(LATIN_ALLOWED.contains(words.group()),
						"English word '" + words.group() + "' in '" + text + "' of '" + shell.getText() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
	}

	/** No two buttons or labels of the shell share a mnemonic. */
	private void assertDistinctMnemonics(BotShell shell) {
		assertDistinct(shell.getText(), texts(shell));
	}

	private static void assertDistinct(String where, List<String> texts) {
		Map<Character, String> seen = new HashMap<>();
		for (String text : texts) {
			Matcher mnemonic = MNEMONIC.matcher(text == null ? "" : text); //$NON-NLS-1$
			if (mnemonic.find()) {
				char key = Character.toLowerCase(mnemonic.group(1).charAt(0));
				String other = seen.put(Character.valueOf(key), text);
				assertTrue(other == null || other.equals(text),
						"'" + other + "' and '" + text + "' share the mnemonic " + key + " in " + where); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
	}

	private void assertButtons(BotShell shell, String... labels) {
		Bot inside = shell.bot();
		for (String label : labels) {
			assertNotNull(inside.button(label), label);
		}
	}

	@Test
	void b7_preferencesDialog_titleAndButtonsInTheUiLanguage() {
		bot.menu(Bot.strip(pau.app.internal.Messages.Menu_tools)).menu(Bot.strip(pau.app.internal.Messages.Menu_preferences))
				.click();
		BotShell dialog = bot.shell(text("Preferences", "\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438")); // Настройки
		assertButtons(dialog, text("Apply and Close", "\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c \u0438 \u0437\u0430\u043a\u0440\u044b\u0442\u044c"), // Применить и закрыть
				text("Cancel", "\u041e\u0442\u043c\u0435\u043d\u0430"), // Отмена
				text("Restore Defaults", "\u0412\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u044c \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044f"), // Восстановить умолчания
				text("Apply", "\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c")); // Применить
		// The product's own page (the IDE's pages of the test runtime are not the product's).
		bot.syncExec(() -> {
			PreferenceDialog preferences = (PreferenceDialog) dialog.widget().getData();
			IPreferenceNode node = preferences.getPreferenceManager().find("pau.ui.offline.preferences"); //$NON-NLS-1$
			preferences.getTreeViewer().setSelection(new StructuredSelection(node), true);
		});
		bot.waitUntil(Condition.of("the Offline mode page", () -> bot.findNow(Label.class, //$NON-NLS-1$
				l -> "pau.ui.offline.pref.mode".equals(l.getData(Bot.ID_KEY))) != null)); //$NON-NLS-1$
		screenshot("preferences-dialog"); //$NON-NLS-1$
		assertNoEnglish(dialog);
		assertDistinctMnemonics(dialog);
		dialog.bot().button(text("Cancel", "\u041e\u0442\u043c\u0435\u043d\u0430")).click();
		dialog.waitUntilClosed();
	}

	@Test
	void b7_aboutDialog_andInstallationDetails_inTheUiLanguage_imageNotCut() {
		bot.menu(Bot.strip(pau.app.internal.Messages.Menu_help)).menu(Bot.strip(pau.app.internal.Messages.Menu_about)).click();
		BotShell about = bot.shell(text("About PAU Desk", "\u041e \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0435 PAU Desk")); // О программе PAU Desk
		String details = text("Installation Details", "\u0421\u0432\u0435\u0434\u0435\u043d\u0438\u044f \u043e\u0431 \u0443\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0435"); // Сведения об установке
		String close = text("Close", "\u0417\u0430\u043a\u0440\u044b\u0442\u044c"); // Закрыть
		assertButtons(about, details, close);
		// The about image is shown whole: its label is at least as large as the image.
		boolean whole = bot.syncExec(() -> {
			for (Label label : bot.inside(about.widget()).findAll(Label.class)) {
				if (label.getImage() != null && label.getImage().getBounds().width >= 200) {
					var image = label.getImage().getBounds();
					var size = label.getSize();
					return size.x >= image.width && size.y >= image.height;
				}
			}
			return Boolean.FALSE;
		});
		assertTrue(whole, "the about image is shown whole"); //$NON-NLS-1$
		screenshot("about-dialog"); //$NON-NLS-1$
		assertNoEnglish(about);
		assertDistinctMnemonics(about);

		about.bot().button(details).click();
		BotShell installation = bot.shell(text("PAU Desk Installation Details",
				"\u0421\u0432\u0435\u0434\u0435\u043d\u0438\u044f \u043e\u0431 \u0443\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0435 PAU Desk"));
		assertButtons(installation, close);
		// Show the product's "Plug-ins" tab (the first tab, "Features", is the test runtime's only).
		String plugins = text("Plug-ins", "\u041c\u043e\u0434\u0443\u043b\u0438"); // Модули
		bot.syncExec(() -> {
			for (CTabFolder folder : bot.inside(installation.widget()).findAll(CTabFolder.class)) {
				for (CTabItem item : folder.getItems()) {
					if (plugins.equals(item.getText())) {
						folder.setSelection(item);
						Event selected = new Event();
						selected.item = item;
						folder.notifyListeners(SWT.Selection, selected);
					}
				}
			}
		});
		bot.waitUntil(Condition.of("the plug-ins listed", () -> installation.bot() //$NON-NLS-1$
				.findNow(org.eclipse.swt.widgets.Table.class, t -> t.getItemCount() > 0) != null), 30_000);
		screenshot("about-installation-details"); //$NON-NLS-1$
		assertNoEnglish(installation);
		assertDistinctMnemonics(installation);
		if (russian()) {
			List<String> tabs = bot.syncExec(() -> {
				List<String> names = new ArrayList<>();
				for (CTabFolder folder : bot.inside(installation.widget()).findAll(CTabFolder.class)) {
					for (CTabItem item : folder.getItems()) {
						names.add(item.getText());
					}
				}
				return names;
			});
			assertTrue(tabs.contains("\u041c\u043e\u0434\u0443\u043b\u0438"), "tabs: " + tabs); // Модули //$NON-NLS-1$
			assertTrue(tabs.contains("\u041a\u043e\u043d\u0444\u0438\u0433\u0443\u0440\u0430\u0446\u0438\u044f"), "tabs: " + tabs); // Конфигурация //$NON-NLS-1$
		}
		installation.bot().button(close).click();
		installation.waitUntilClosed();
		about.bot().button(close).click();
		about.waitUntilClosed();
	}

	private ProcedureEditorBot openProcedure(String name) {
		Procedure procedure = desk.createProcedure(name + " " + desk.suffix); //$NON-NLS-1$
		view.waitLoaded().refresh();
		view.select(procedure);
		bot.executeCommandAndWait("pau.app.commands.open"); //$NON-NLS-1$
		return ProcedureEditorBot.active(bot);
	}

	@Test
	void b7_proceduresView_headersAndNamesShowWhole() {
		view.waitLoaded();
		// Column headers (Russian ones are longer) and the debtors, types, statuses and case numbers shown.
		assertEquals(List.of(), pau.ui.testkit.CutTexts.in(bot, view.tree()), "texts cut in the procedures view");
		screenshot("procedures-view"); //$NON-NLS-1$
	}

	@Test
	void b7_recordDialog_buttonsInTheUiLanguage() {
		ProcedureEditorBot editor = openProcedure(text("UI Test Record Dialog", //$NON-NLS-1$
				"\u0422\u0435\u0441\u0442 \u043e\u043a\u043d\u0430 \u0437\u0430\u043f\u0438\u0441\u0438")); // Тест окна записи
		editor.page("claims"); //$NON-NLS-1$
		bot.buttonById("claims.add").click(); //$NON-NLS-1$
		BotShell dialog = bot.shell(Messages.Claim_newTitle);
		assertButtons(dialog, text("OK", "\u041e\u041a"), text("Cancel", "\u041e\u0442\u043c\u0435\u043d\u0430")); // ОК, Отмена
		screenshot("record-dialog"); //$NON-NLS-1$
		assertNoEnglish(dialog);
		assertDistinctMnemonics(dialog);
		dialog.bot().button(text("Cancel", "\u041e\u0442\u043c\u0435\u043d\u0430")).click();
		dialog.waitUntilClosed();
	}

	@Test
	void b7_saveQuestion_inTheUiLanguage() {
		ProcedureEditorBot editor = openProcedure(text("UI Test Save Question", //$NON-NLS-1$
				"\u0422\u0435\u0441\u0442 \u0432\u043e\u043f\u0440\u043e\u0441\u0430 \u043e \u0441\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u0438")); // Тест вопроса о сохранении
		editor.set("procedure.court", "Court " + desk.suffix); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(editor.isDirty());
		bot.display().asyncExec(() -> editor.editor().getSite().getPage().closeEditor(editor.editor(), true));
		BotShell question = bot.shell(text("Save Resource", "\u0421\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u0435")); // Сохранение
		String cancel = text("Cancel", "\u041e\u0442\u043c\u0435\u043d\u0430");
		assertButtons(question, text("Save", "\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c"), // Сохранить
				text("Don't Save", "\u041d\u0435 \u0441\u043e\u0445\u0440\u0430\u043d\u044f\u0442\u044c"), cancel); // Не сохранять
		screenshot("save-question"); //$NON-NLS-1$
		assertNoEnglish(question);
		assertDistinctMnemonics(question);
		question.bot().button(cancel).click();
		question.waitUntilClosed();
		assertTrue(editor.isDirty(), "Cancel keeps the editor open with its changes"); //$NON-NLS-1$
	}

	@Test
	void b7_errorDialog_saysTheCauseInWords_technicalTextOnlyInDetails() {
		ActiveDatabase database = Databases.active();
		DatabaseSettings original = database.mainSettings();
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		view.waitLoaded();
		try {
			database.setMainSettings(new DatabaseSettings("jdbc:h2:tcp://127.0.0.1:9/nowhere", "sa", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			BotShell dialog = bot.shell(pau.app.internal.views.Messages.ProceduresView_errorTitle);
			String inWords = pau.app.internal.common.Messages.Errors_mainUnreachable.substring(0,
					pau.app.internal.common.Messages.Errors_mainUnreachable.indexOf('{'));
			List<String> shown = texts(dialog);
			assertTrue(shown.stream().anyMatch(t -> t.contains(inWords)), "the cause in words: " + shown); //$NON-NLS-1$
			assertTrue(shown.stream().noneMatch(t -> t.contains("Exception") || t.contains("[90")), //$NON-NLS-1$ //$NON-NLS-2$
					"no technical text before Details: " + shown); //$NON-NLS-1$
			screenshot("error-dialog"); //$NON-NLS-1$
			assertNoEnglish(dialog);
			assertDistinctMnemonics(dialog);

			dialog.bot().button(Bot.strip(IDialogConstants.SHOW_DETAILS_LABEL)).click();
			org.eclipse.swt.widgets.List details = dialog.bot().find(org.eclipse.swt.widgets.List.class, "the details", //$NON-NLS-1$
					l -> l.getItemCount() > 0);
			assertTrue(bot.syncExec(() -> String.join("\n", details.getItems())).contains("Exception"), //$NON-NLS-1$ //$NON-NLS-2$
					"the technical text is in the details"); //$NON-NLS-1$
			screenshot("error-dialog-details"); //$NON-NLS-1$
			dialog.bot().button(IDialogConstants.OK_LABEL).click();
			dialog.waitUntilClosed();
			assertFalse(view.problem().contains("Exception"), view.problem()); //$NON-NLS-1$
		} finally {
			database.setMainSettings(original);
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		bot.waitUntil(Condition.of("the procedures to come back", () -> view.topLevelCount() > 0)); //$NON-NLS-1$
	}

	@Test
	void b7_errorsInWords_forAConnectionFailure() {
		var failure = new pau.model.DataException("Cannot read: Connection is broken [90067-240]", //$NON-NLS-1$
				new java.sql.SQLNonTransientConnectionException("Connection is broken: \"java.net.ConnectException\" [90067-240]", //$NON-NLS-1$
						"08001", 90067)); //$NON-NLS-1$
		String words = Errors.inWords(failure);
		assertFalse(words.contains("Exception") || words.contains("[90"), words); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(words.startsWith(pau.app.internal.common.Messages.Errors_mainUnreachable.substring(0, 10)), words);
	}

	@Test
	void b7_progressDialog_inTheUiLanguage() throws Exception {
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		bot.display().asyncExec(() -> {
			try {
				org.eclipse.ui.PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
					try {
						release.await(60, java.util.concurrent.TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				});
			} catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			BotShell dialog = bot.shell(text("Progress Information", "\u0412\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0435")); // Выполнение
			assertButtons(dialog, text("Cancel", "\u041e\u0442\u043c\u0435\u043d\u0430"), // Отмена
					text("Details >>", "\u041f\u043e\u0434\u0440\u043e\u0431\u043d\u043e\u0441\u0442\u0438 >>")); // Подробности >>
			screenshot("progress-dialog"); //$NON-NLS-1$
			assertNoEnglish(dialog);
			assertDistinctMnemonics(dialog);
		} finally {
			release.countDown();
		}
	}

	/** The mnemonics of the menu bar's items, and of each menu's items, are distinct. */
	@Test
	void b7_everyMenuHasDistinctMnemonics() {
		Shell window = bot.workbenchShell().widget();
		List<String> problems = bot.syncExec(() -> {
			List<String> found = new ArrayList<>();
			Menu bar = window.getMenuBar();
			List<String> top = new ArrayList<>();
			for (MenuItem item : bar.getItems()) {
				top.add(item.getText());
				if (!MNEMONIC.matcher(item.getText()).find()) {
					found.add("no mnemonic: " + item.getText()); //$NON-NLS-1$
				}
				Menu menu = item.getMenu();
				if (menu != null) {
					menu.notifyListeners(SWT.Show, new Event());
					List<String> items = new ArrayList<>();
					for (MenuItem child : menu.getItems()) {
						if ((child.getStyle() & SWT.SEPARATOR) == 0) {
							items.add(child.getText());
						}
					}
					menu.notifyListeners(SWT.Hide, new Event());
					try {
						assertDistinct(item.getText(), items);
					} catch (AssertionError e) {
						found.add(e.getMessage());
					}
				}
			}
			try {
				assertDistinct("the menu bar", top); //$NON-NLS-1$
			} catch (AssertionError e) {
				found.add(e.getMessage());
			}
			return found;
		});
		assertEquals(List.of(), problems);
	}
}
