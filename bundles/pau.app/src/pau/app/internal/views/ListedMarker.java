package pau.app.internal.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Control;

/**
 * The moment the window first lists procedures, for the benchmark (releng/bench, issue 10: GUI start to a
 * usable window). Started with {@code -Dpau.listedMarker=FILE}, PAU Desk writes that file once, when the
 * procedures view has shown the procedures it read; the benchmark times the process from its start to the
 * file. Without the property nothing happens.
 */
final class ListedMarker {

	private static final String PROPERTY = "pau.listedMarker"; //$NON-NLS-1$
	private static boolean written;

	private ListedMarker() {
	}

	/** Called on the UI thread each time the view shows what it read in {@code control}. */
	static void shown(Control control, int procedures) {
		String file = System.getProperty(PROPERTY);
		if (written || file == null || procedures == 0) {
			return;
		}
		written = true;
		control.update(); // painted, not only set

		try {
			Files.writeString(Path.of(file), Integer.toString(procedures));
		} catch (IOException e) {
			ILog.of(ListedMarker.class).warn("Cannot write " + file, e); //$NON-NLS-1$
		}
	}
}
