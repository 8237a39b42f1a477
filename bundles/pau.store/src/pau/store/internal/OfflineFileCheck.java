package pau.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.h2.mvstore.MVStore;

import pau.store.Messages;
import pau.store.OfflineDamagedException;

/**
 * Looks at the offline database's file before H2 opens it for work (B17). When the newest part of an
 * MVStore file is damaged (cut off, overwritten), H2 silently opens an older state; the file's header,
 * written at every clean close, still names the newer version. A header ahead of the state H2 can
 * read is damage. Read-only: a damaged file is left as it is for recovery.
 */
final class OfflineFileCheck {

	private OfflineFileCheck() {
	}

	/**
	 * @param filePassword the H2 file password (the offline key)
	 * @throws OfflineDamagedException when the file's header is ahead of its readable state
	 */
	static void check(Path file, String filePassword, Path where) {
		if (!Files.exists(file)) {
			return;
		}
		try (MVStore store = new MVStore.Builder().fileName(file.toString()).encryptionKey(encryptionKey(filePassword))
				.readOnly().open()) {
			Map<String, Object> header = store.getFileStore().getStoreHeader();
			long headerVersion = hex(header.get("version")); //$NON-NLS-1$
			long readable = store.getCurrentVersion();
			if (headerVersion > readable) {
				throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineTruncated,
						new Object[] { where, readable, headerVersion }));
			}
		} catch (OfflineDamagedException e) {
			throw e;
		} catch (RuntimeException e) {
			// A wrong key looks like a damaged header here; H2's own open tells the two apart and says why.
		}
	}

	/**
	 * The MVStore key H2 derives from a file password: the password's UTF-16 bytes, re-read two at a
	 * time as H2's {@code Store.decodePassword} does.
	 */
	private static char[] encryptionKey(String filePassword) {
		char[] key = filePassword.toCharArray();
		for (int i = 0; i < key.length; i++) {
			key[i] = (char) (key[i] & 0xFF);
		}
		return key;
	}

	private static long hex(Object value) {
		if (value == null) {
			return -1;
		}
		try {
			return Long.parseLong(value.toString(), 16);
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
