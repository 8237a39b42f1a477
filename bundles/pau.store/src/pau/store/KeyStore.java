package pau.store;

import pau.store.internal.SecureStorage;

/**
 * Where the master password of PAU Desk's secure storage (the offline databases' keys, the main
 * database's password) lives: in the desktop's Secret Service (gnome-keyring, KeePassXC, KWallet through
 * libsecret), or, where none runs, in the fallback key file {@code ~/.config/pau-desk/secure-storage.key},
 * which anyone with a copy of the home directory can use. The GUI and {@code pau-cli status} warn about
 * the fallback.
 *
 * @param kind where new secrets are kept
 * @param reason why the fallback is used; null for the Secret Service
 */
public record KeyStore(Kind kind, String reason) {

	/** The two places. */
	public enum Kind {
		/** The desktop's Secret Service, through libsecret. */
		SECRET_SERVICE,
		/** The fallback key file next to the storage. */
		FILE
	}

	/**
	 * The key store of this process. The first call checks for a Secret Service, which takes at most
	 * a few seconds even when one hangs; call it off the UI thread.
	 */
	public static KeyStore current() {
		return SecureStorage.keyStore();
	}

	/** Whether the fallback key file is in use, so the user should be warned. */
	public boolean isFallback() {
		return kind == Kind.FILE;
	}

	/** The id used in JSON output: {@code secret-service} or {@code file}. */
	public String id() {
		return kind == Kind.SECRET_SERVICE ? "secret-service" : "file"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** One line for people: where the master password is. */
	public String describe() {
		return kind == Kind.SECRET_SERVICE ? Messages.KeyStore_secretService
				: Messages.bind(Messages.KeyStore_file, SecureStorage.keyFile());
	}

	/**
	 * The warning, the first time this user's key store is found to be the fallback; null afterwards,
	 * and while the Secret Service is used (after which a new fallback warns again).
	 */
	public String warningOnce() {
		return SecureStorage.firstTime(isFallback()) ? warning() : null;
	}

	/** The warning to show while the fallback is used; null otherwise. */
	public String warning() {
		return isFallback() ? Messages.bind(Messages.KeyStore_warning, reason, SecureStorage.keyFile()) : null;
	}
}
