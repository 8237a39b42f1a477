package pau.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;

/**
 * Files the benchmark waits for (releng/bench): started with {@code -D<property>=FILE}, PAU Desk writes
 * the file once, when what the benchmark times has happened (a list shown, for instance), with what the
 * benchmark needs next (where to click). The file appears whole: written aside, then moved. Without the
 * property nothing happens.
 */
public final class BenchmarkMarkers {

	private BenchmarkMarkers() {
	}

	/** Whether the benchmark asked for the marker named by {@code property}. */
	public static boolean wanted(String property) {
		return System.getProperty(property) != null;
	}

	/** Writes the marker named by {@code property} with {@code text}, when it was asked for. */
	public static void write(String property, String text) {
		String file = System.getProperty(property);
		if (file == null) {
			return;
		}
		try {
			Path target = Path.of(file);
			Path aside = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
			Files.writeString(aside, text);
			Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			ILog.of(BenchmarkMarkers.class).warn("Cannot write " + file, e); //$NON-NLS-1$
		}
	}
}
