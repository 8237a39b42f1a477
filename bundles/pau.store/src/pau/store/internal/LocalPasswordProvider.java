package pau.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * Master password of Equinox secure storage, kept in a file only the user can read
 * ({@code ~/.config/pau-desk/secure-storage.key}, outside the workspace). Linux keyring providers are
 * not on Maven Central; see docs/architecture.md.
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

	private static synchronized String masterPassword() throws IOException {
		Path file = Path.of(System.getProperty("user.home"), ".config", "pau-desk", "secure-storage.key");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		}
		Files.createDirectories(file.getParent());
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, password, StandardCharsets.US_ASCII);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return password;
	}
}
