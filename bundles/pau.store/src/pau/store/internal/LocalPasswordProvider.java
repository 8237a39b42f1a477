package pau.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The fallback master password of secure storage, where no Secret Service runs: a file only the user
 * can read ({@code ~/.config/pau-desk/secure-storage.key}, outside the workspace). Anyone with a copy
 * of the home directory can use it, so PAU Desk warns while it is in use (see {@link pau.store.KeyStore}).
 */
public class LocalPasswordProvider extends PasswordProvider {

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		try {
			return new PBEKeySpec(masterPassword().toCharArray());
		} catch (IOException e) {
			return null;
		}
	}

	/** The key file's location. */
	static Path file() {
		return SecureStorage.directory().resolve("secure-storage.key"); //$NON-NLS-1$
	}

	private static synchronized String masterPassword() throws IOException {
		Path file = file();
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		}
		SecureStorage.createDirectory();
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp", SecureStorage.OWNER_ONLY); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.writeString(temporary, password, StandardCharsets.US_ASCII);
			SecureStorage.force(temporary);
			// A link, not a rename: it fails instead of replacing a key another process created meanwhile.
			Files.createLink(file, temporary);
			return password;
		} catch (FileAlreadyExistsException e) {
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
