package pau.store.internal;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * Master password of PAU Desk's secure storage from the desktop's Secret Service, through Equinox's
 * Linux provider (see {@link SecretService}): never replaces a master password the key ring already
 * holds, and gives up after a time limit instead of hanging.
 */
public class SecretServicePasswordProvider extends PasswordProvider {

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		return SecretService.masterPassword(container, passwordType);
	}
}
