package pau.ui.testkit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * Input as a person gives it: OS-level mouse and key events through {@code Display.post} (XTest
 * under Xvfb), not calls on widgets. A menu opened this way is opened by the platform, as a click
 * opens it, so a menu that only works when called is found out.
 */
public final class RealInput {

	/** Between the events of one gesture, so that the platform sees a move before a press. */
	private static final long STEP_MILLIS = 30;

	private final Bot bot;

	public RealInput(Bot bot) {
		this.bot = bot;
	}

	/** Moves the pointer to a point of the display and clicks the first button there. */
	public void click(Point display) {
		post(SWT.MouseMove, e -> {
			e.x = display.x;
			e.y = display.y;
		});
		post(SWT.MouseDown, e -> e.button = 1);
		post(SWT.MouseUp, e -> e.button = 1);
	}

	/** Presses and releases a key ({@link SWT#ARROW_DOWN}, {@link SWT#CR}, …). */
	public void key(int keyCode) {
		post(SWT.KeyDown, e -> e.keyCode = keyCode);
		post(SWT.KeyUp, e -> e.keyCode = keyCode);
	}

	private void post(int type, java.util.function.Consumer<Event> fill) {
		Event event = new Event();
		event.type = type;
		fill.accept(event);
		if (!bot.syncExec(() -> Boolean.valueOf(bot.display().post(event))).booleanValue()) {
			throw new AssertionError("the platform refused the input event " + type); //$NON-NLS-1$
		}
		Bot.pause(STEP_MILLIS);
	}
}
