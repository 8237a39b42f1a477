package pau.app.internal.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;

/**
 * The pauses a user feels, for the benchmark (issue 21 item 6: scrolling and filtering a large office
 * without a pause over 100 ms). Started with {@code -Dpau.uiPauses=FILE}, a daemon thread posts a
 * task to the UI thread every {@value #EVERY_MS} ms and measures how long it waits to run: while the
 * UI thread is busy (filtering, building rows, painting) nothing else can happen, and that time is
 * the pause. Every pause of {@value #NOTED_MS} ms or more is appended to the file as
 * {@code <epoch millis at its start> <millis>}; the first line is {@code started <epoch millis>}.
 * Without the property nothing happens.
 */
public final class UiPauses {

	private static final String PROPERTY = "pau.uiPauses"; //$NON-NLS-1$
	private static final int EVERY_MS = 5;
	private static final int NOTED_MS = 20;
	private static boolean started;

	private UiPauses() {
	}

	/** Starts watching the display's UI thread, once, when the property asks for it. */
	public static synchronized void start(Display display) {
		String file = System.getProperty(PROPERTY);
		if (started || file == null) {
			return;
		}
		started = true;
		Thread watcher = new Thread(() -> watch(display, Path.of(file)), "PAU UI pauses"); //$NON-NLS-1$
		watcher.setDaemon(true);
		watcher.start();
	}

	private static void watch(Display display, Path file) {
		try (Writer out = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
			out.write("started " + System.currentTimeMillis() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			out.flush();
			while (!display.isDisposed()) {
				long wall = System.currentTimeMillis();
				long posted = System.nanoTime();
				CountDownLatch ran = new CountDownLatch(1);
				display.asyncExec(ran::countDown);
				while (!ran.await(1, TimeUnit.SECONDS)) {
					if (display.isDisposed()) {
						return;
					}
				}
				long millis = (System.nanoTime() - posted) / 1_000_000;
				if (millis >= NOTED_MS) {
					out.write(wall + " " + millis + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
					out.flush();
				}
				Thread.sleep(EVERY_MS);
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(UiPauses.class).warn("UI pauses not measured: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
