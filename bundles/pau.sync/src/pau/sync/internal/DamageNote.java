package pau.sync.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;

import pau.store.DurableFiles;

/**
 * What the last refused synchronization found wrong with the offline copy (B17), kept in
 * {@code <workspace>/.pau-sync/damage} until the copy is recovered or returned: damage that only a
 * whole read finds (a changed value, a damaged document) is then still reported by {@code status} and
 * at the next start, without reading the whole copy again and without writing to it.
 */
final class DamageNote {

	private final Path file;

	DamageNote(Path workspace) {
		this.file = workspace.resolve(".pau-sync").resolve("damage"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The damage found in the copy of this checkout, or null. */
	String read(UUID checkoutId) {
		try {
			if (!Files.exists(file)) {
				return null;
			}
			String text = Files.readString(file, StandardCharsets.UTF_8);
			int line = text.indexOf('\n');
			return line > 0 && text.substring(0, line).equals(checkoutId.toString()) ? text.substring(line + 1) : null;
		} catch (IOException e) {
			return null;
		}
	}

	void write(UUID checkoutId, String damage) {
		try {
			Files.createDirectories(file.getParent());
			DurableFiles.write(file, checkoutId + "\n" + damage); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			ILog.of(DamageNote.class).warn("Cannot note the damage found: " + e.getMessage()); //$NON-NLS-1$
		}
	}

	void clear() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			ILog.of(DamageNote.class).warn("Cannot clear the damage note: " + e.getMessage()); //$NON-NLS-1$
		}
	}
}
