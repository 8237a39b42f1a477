package pau.ui.testkit;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;

/**
 * A small SWTBot-shaped driver over plain SWT, for tests that run off the UI thread in the real
 * workbench ({@code useUIHarness=true}, {@code useUIThread=false}). SWTBot itself is not on Maven
 * Central; the method names follow SWTBot's so that moving to it later is mechanical.
 */
public class Bot {

	/** Widget data key for stable ids, the same key SWTBot uses. */
	public static final String ID_KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

	/** Default time a wait may take, in milliseconds. */
	public static final long TIMEOUT = 15_000;

	private static final long POLL = 50;

	private final Display display;
	private final Shell scope;

	/** A bot for the workbench's display, searching all shells. */
	public Bot() {
		this(PlatformUI.getWorkbench().getDisplay(), null);
	}

	private Bot(Display display, Shell scope) {
		this.display = display;
		this.scope = scope;
	}

	/** A bot that searches only inside this shell. */
	public Bot inside(Shell shell) {
		return new Bot(display, shell);
	}

	public Display display() {
		return display;
	}

	/** Runs on the UI thread and returns the result, rethrowing failures in the test thread. */
	public <T> T syncExec(Supplier<T> supplier) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(supplier.get());
			} catch (RuntimeException e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		if (error.get() != null) {
			throw error.get();
		}
		return result.get();
	}

	/** Runs on the UI thread. */
	public void syncExec(Runnable runnable) {
		syncExec(() -> {
			runnable.run();
			return null;
		});
	}

	/** Waits until the condition holds, failing the test after {@link #TIMEOUT}. */
	public void waitUntil(Condition condition) {
		waitUntil(condition, TIMEOUT);
	}

	/** Waits until the condition holds, failing the test after {@code timeoutMillis}. */
	public void waitUntil(Condition condition, long timeoutMillis) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		Exception last = null;
		while (System.currentTimeMillis() < deadline) {
			AtomicReference<Exception> thrown = new AtomicReference<>();
			boolean ok = syncExec(() -> {
				try {
					return Boolean.valueOf(condition.test());
				} catch (Exception e) {
					thrown.set(e);
					return Boolean.FALSE;
				}
			}).booleanValue();
			if (ok) {
				return;
			}
			last = thrown.get();
			pause(POLL);
		}
		AssertionError failure = new AssertionError("Timed out after " + timeoutMillis + " ms waiting for: " //$NON-NLS-1$ //$NON-NLS-2$
				+ condition.description());
		if (last != null) {
			failure.initCause(last);
		}
		throw failure;
	}

	/** Waits until the supplier (run on the UI thread) returns non-null, and returns it. */
	public <T> T waitFor(String description, Supplier<T> supplier) {
		AtomicReference<T> found = new AtomicReference<>();
		waitUntil(Condition.of(description, () -> {
			found.set(supplier.get());
			return found.get() != null;
		}));
		return found.get();
	}

	/** The shell with this title (waits for it to appear). */
	public BotShell shell(String title) {
		Shell shell = waitFor("shell '" + title + "'", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			for (Shell candidate : display.getShells()) {
				if (candidate.isVisible() && title.equals(candidate.getText())) {
					return candidate;
				}
			}
			return null;
		});
		return new BotShell(this, shell);
	}

	/** The active shell (waits for one). */
	public BotShell activeShell() {
		return new BotShell(this, waitFor("an active shell", display::getActiveShell)); //$NON-NLS-1$
	}

	/** The main window's shell. */
	public BotShell workbenchShell() {
		Shell shell = waitFor("the workbench window", () -> { //$NON-NLS-1$
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			return window == null ? null : window.getShell();
		});
		return new BotShell(this, shell);
	}

	/** A menu of the main window's menu bar, by its label without mnemonics. */
	public BotMenu menu(String label) {
		return workbenchShell().menu(label);
	}

	/** A push button by its label (mnemonics ignored). */
	public BotButton button(String label) {
		return new BotButton(this, find(Button.class, "button '" + label + "'", //$NON-NLS-1$ //$NON-NLS-2$
				b -> (b.getStyle() & (SWT.PUSH | SWT.TOGGLE)) != 0 && label.equals(strip(b.getText()))));
	}

	/** A button by its stable id. */
	public BotButton buttonById(String id) {
		return new BotButton(this, widgetById(Button.class, id));
	}

	/** A check box by its label. */
	public BotButton checkBox(String label) {
		return new BotButton(this, find(Button.class, "check box '" + label + "'", //$NON-NLS-1$ //$NON-NLS-2$
				b -> (b.getStyle() & SWT.CHECK) != 0 && label.equals(strip(b.getText()))));
	}

	/** A widget of the given type by its stable id ({@link #ID_KEY}). */
	public <W extends Widget> W widgetById(Class<W> type, String id) {
		return find(type, "widget with id '" + id + "'", w -> id.equals(w.getData(ID_KEY))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A text field by its id. */
	public Text textById(String id) {
		return widgetById(Text.class, id);
	}

	/** A label by its exact text. */
	public Label label(String text) {
		return find(Label.class, "label '" + text + "'", l -> text.equals(l.getText())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The first table in scope. */
	public Table table() {
		return find(Table.class, "a table", t -> true); //$NON-NLS-1$
	}

	/** The first tree in scope. */
	public Tree tree() {
		return find(Tree.class, "a tree", t -> true); //$NON-NLS-1$
	}

	/** Waits for a visible widget of the type that matches, searching the scope's shell or all shells. */
	public <W extends Widget> W find(Class<W> type, String description, Predicate<W> matcher) {
		return waitFor(description, () -> findNow(type, matcher));
	}

	/** All visible widgets of the type in scope, now (call from any thread). */
	public <W extends Widget> List<W> findAll(Class<W> type) {
		return syncExec(() -> {
			List<W> found = new ArrayList<>();
			Shell[] shells = scope != null ? new Shell[] { scope } : display.getShells();
			for (Shell shell : shells) {
				if (!shell.isDisposed() && shell.isVisible()) {
					collect(shell, type, w -> true, found);
				}
			}
			return found;
		});
	}

	/** Searches once, on the UI thread, without waiting; null when there is none. */
	public <W extends Widget> W findNow(Class<W> type, Predicate<W> matcher) {
		return syncExec(() -> {
			List<W> found = new ArrayList<>();
			Shell[] shells = scope != null ? new Shell[] { scope } : display.getShells();
			for (Shell shell : shells) {
				if (!shell.isDisposed() && shell.isVisible()) {
					collect(shell, type, matcher, found);
				}
			}
			return found.isEmpty() ? null : found.get(0);
		});
	}

	private static <W extends Widget> void collect(Control control, Class<W> type, Predicate<W> matcher, List<W> found) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (type.isInstance(control) && matcher.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, matcher, found);
			}
		}
	}

	/** Sends an event of the type to the widget on the UI thread. */
	public void notify(Widget widget, int eventType) {
		syncExec(() -> {
			if (!widget.isDisposed()) {
				widget.notifyListeners(eventType, new org.eclipse.swt.widgets.Event());
			}
		});
	}

	/** Types the text into the field: sets it on the UI thread, which sends SWT.Modify like typing does. */
	public void setText(Text text, String value) {
		syncExec(() -> {
			text.setFocus();
			text.setText(value);
		});
	}

	/** Sets the text of the text field with this id. */
	public void typeInto(String id, String value) {
		setText(textById(id), value);
	}

	/** A combo box by its id. */
	public Combo comboById(String id) {
		return widgetById(Combo.class, id);
	}

	/** Chooses the item of the combo with this text (or types it into an editable combo); sends Modify and Selection. */
	public void select(Combo combo, String value) {
		syncExec(() -> {
			int index = combo.indexOf(value);
			if (index >= 0) {
				combo.select(index);
			} else if ((combo.getStyle() & SWT.READ_ONLY) == 0) {
				combo.setText(value);
			} else {
				throw new AssertionError("combo has no item '" + value + "': " + String.join(", ", combo.getItems())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			combo.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event());
			combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
	}

	/** The texts of a tree's items in a column, top level and expanded children, depth first. */
	public List<String> treeTexts(Tree tree, int column) {
		return syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (TreeItem item : tree.getItems()) {
				collectTexts(item, column, texts);
			}
			return texts;
		});
	}

	private static void collectTexts(TreeItem item, int column, List<String> texts) {
		texts.add(item.getText(column));
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				collectTexts(child, column, texts);
			}
		}
	}

	/** The texts of a table's rows in a column. */
	public List<String> tableTexts(Table table, int column) {
		return syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (var item : table.getItems()) {
				texts.add(item.getText(column));
			}
			return texts;
		});
	}

	/** Runs a command through the workbench's handler service (as a key binding would), asynchronously. */
	public void executeCommand(String commandId) {
		display.asyncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand(commandId, null);
			} catch (Exception e) {
				throw new IllegalStateException(commandId, e);
			}
		});
	}

	/** Runs a command and waits until the UI thread has processed it (for commands that open no modal dialog). */
	public void executeCommandAndWait(String commandId) {
		syncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand(commandId, null);
			} catch (Exception e) {
				throw new IllegalStateException(commandId, e);
			}
		});
	}

	/** Waits until no job of the family is waiting or running. */
	public void waitForJobs(Object family) {
		waitUntil(Condition.of("jobs of " + family + " to finish", //$NON-NLS-1$ //$NON-NLS-2$
				() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(family).length == 0));
	}

	/** Saves a PNG of the whole screen (what Xvfb shows) to the file. */
	public File screenshot(File file) {
		file.getParentFile().mkdirs();
		// Let pending layouts and paints reach the X server first (a page switch paints later).
		for (int i = 0; i < 3; i++) {
			syncExec(() -> {
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed()) {
						shell.layout(true, true);
						shell.update();
					}
				}
				display.update();
			});
			pause(POLL);
		}
		syncExec(() -> {
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}

	/** Lets the UI thread work for a moment between polls; tests themselves never sleep. */
	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e); //$NON-NLS-1$
		}
	}

	/** A label without its mnemonic ampersands and its accelerator text. */
	public static String strip(String text) {
		String result = Objects.requireNonNullElse(text, ""); //$NON-NLS-1$
		int tab = result.indexOf('\t');
		if (tab >= 0) {
			result = result.substring(0, tab);
		}
		return result.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
