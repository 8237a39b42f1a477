package pau.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system as PAU Desk opens its offline databases ({@code jdbc:h2:pauwritten:/…}): the files on
 * disk, unchanged, with every write to a database file ({@code .mv.db}) noted by {@link WrittenBlocks}.
 * It sits beneath H2's own encryption ({@code CIPHER=AES}), so the file is the one any H2 client opens with
 * the key, and H2's temporary files stay encrypted by H2 as before.
 */
public final class FilePathWritten extends FilePathWrapper {

	static final String SCHEME = "pauwritten"; //$NON-NLS-1$

	private static final String FILE_URL = "jdbc:h2:file:"; //$NON-NLS-1$

	private static volatile boolean registered;

	/** Makes the scheme known to H2 in this process. */
	public static void register() {
		if (!registered) {
			synchronized (FilePathWritten.class) {
				if (!registered) {
					FilePath.register(new FilePathWritten());
					registered = true;
				}
			}
		}
	}

	/** {@code jdbc:h2:file:/…} through this layer: {@code jdbc:h2:pauwritten:/…}. */
	static String url(String fileUrl) {
		register();
		return fileUrl.startsWith(FILE_URL) ? "jdbc:h2:" + SCHEME + ':' + fileUrl.substring(FILE_URL.length()) : fileUrl; //$NON-NLS-1$
	}

	/** The database file of an H2 URL of a file database, through this layer or not. */
	static Path databaseFile(String url) {
		String name = url.replaceFirst(";.*$", "").replaceFirst("^jdbc:h2:(" + SCHEME + "|file):", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		return Path.of(name + ".mv.db"); //$NON-NLS-1$
	}

	@Override
	public String getScheme() {
		return SCHEME;
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		FileChannel channel = getBase().open(mode);
		if ("r".equals(mode) || !isDatabaseFile(name)) { //$NON-NLS-1$
			return channel;
		}
		try {
			return WrittenBlocks.track(Path.of(getBase().toString()), channel);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	@Override
	public void moveTo(FilePath newName, boolean atomicReplace) {
		super.moveTo(newName, atomicReplace);
		if (isDatabaseFile(name) || isDatabaseFile(newName.toString())) {
			try {
				WrittenBlocks.moved(Path.of(getBase().toString()), Path.of(newName.unwrap().toString()));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	@Override
	public void delete() {
		super.delete();
		if (isDatabaseFile(name)) {
			try {
				WrittenBlocks.deleted(Path.of(getBase().toString()));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** An MVStore file: a database's, or the new one H2 compacts it into before it takes its place. */
	private static boolean isDatabaseFile(String name) {
		return name.endsWith(".mv.db") || name.endsWith(".mv.db.tempFile") || name.endsWith(".mv.db.newFile"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
