package pau.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

import pau.store.Messages;

/**
 * The desktop's Secret Service (gnome-keyring, KeePassXC, KWallet) reached through Equinox's Linux
 * provider ({@code org.eclipse.equinox.security.linux}, libsecret over D-Bus through JNA).
 * <p>
 * Whether it can be used is decided once per process, quickly and without hanging: no D-Bus session
 * bus, no libsecret, no provider bundle, no answering service or an answer slower than
 * {@value #PROBE_SECONDS} s each mean "not available", and the key file is used instead. Every native
 * call runs on one daemon thread with a time limit, so a Secret Service that stops answering (an unlock
 * prompt nobody sees, a hung daemon) costs one timeout, never a hang.
 */
final class SecretService {

	/** Module id of Equinox's Linux provider: its fragment.xml's extension id in the host's namespace. */
	static final String LINUX_MODULE = "org.eclipse.equinox.security.LinuxKeystoreIntegrationJNA"; //$NON-NLS-1$

	/** System property: {@code file} keeps the master password in the key file even where a Secret Service runs. */
	static final String KEY_STORE_PROPERTY = "pau.keystore"; //$NON-NLS-1$

	static final long PROBE_SECONDS = 10;
	private static final long CALL_SECONDS = 20;
	private static final String EXTENSION_POINT = "org.eclipse.equinox.security.secureStorage"; //$NON-NLS-1$

	/** Whether the Secret Service is used and, when not, why. */
	record Availability(boolean available, String reason) {
	}

	private static final ExecutorService CALLS = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "pau-secret-service"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	private static Availability availability;
	private static PasswordProvider linux;

	private SecretService() {
	}

	/** Whether new secrets go to the Secret Service; probed on first use. */
	static synchronized Availability availability() {
		if (availability == null) {
			availability = probe();
		}
		return availability;
	}

	/** The Secret Service failed while in use: the rest of this process uses the key file. */
	static synchronized void markUnavailable(String reason) {
		availability = new Availability(false, reason);
	}

	/**
	 * The master password from the Secret Service, or null (then Equinox refuses the operation). A new
	 * password is only generated when the key ring holds none yet: the Linux provider keeps one master
	 * password per user, shared with every Equinox application (Eclipse IDE, DBeaver), and replacing it
	 * would lock them out of their own secure storage.
	 */
	static PBEKeySpec masterPassword(IPreferencesContainer container, int passwordType) {
		if (!availability().available()) {
			return null;
		}
		PasswordProvider provider;
		synchronized (SecretService.class) {
			provider = linux;
		}
		boolean create = (passwordType & PasswordProvider.CREATE_NEW_PASSWORD) != 0;
		boolean change = (passwordType & PasswordProvider.PASSWORD_CHANGE) != 0;
		try {
			if (create && !change) {
				PBEKeySpec existing = call(() -> provider.getPassword(container, 0), CALL_SECONDS);
				if (existing != null) {
					return existing;
				}
			}
			return call(() -> provider.getPassword(container, passwordType), CALL_SECONDS);
		} catch (TimeoutException e) {
			markUnavailable(Messages.bind(Messages.KeyStore_reasonTimeout, CALL_SECONDS));
			return null;
		} catch (Exception | LinkageError e) {
			return null;
		}
	}

	private static Availability probe() {
		if ("file".equalsIgnoreCase(System.getProperty(KEY_STORE_PROPERTY, ""))) { //$NON-NLS-1$
			return new Availability(false, Messages.KeyStore_reasonDisabled);
		}
		if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return new Availability(false, Messages.KeyStore_reasonNotLinux);
		}
		if (!hasSessionBus()) {
			// Without a session bus GLib would try to autolaunch one through X11: never go there.
			return new Availability(false, Messages.KeyStore_reasonNoSessionBus);
		}
		PasswordProvider provider = createLinuxProvider();
		if (provider == null) {
			return new Availability(false, Messages.KeyStore_reasonNotInstalled);
		}
		try {
			Object valid = call(() -> provider.getClass().getMethod("isValid").invoke(provider), PROBE_SECONDS); //$NON-NLS-1$
			if (!Boolean.TRUE.equals(valid)) {
				return new Availability(false, Messages.KeyStore_reasonNoService);
			}
		} catch (TimeoutException e) {
			return new Availability(false, Messages.bind(Messages.KeyStore_reasonTimeout, PROBE_SECONDS));
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() instanceof java.lang.reflect.InvocationTargetException invocation
					? invocation.getCause() : e.getCause();
			if (cause instanceof LinkageError) { // JNA found no libsecret-1.so.0 or libgio-2.0.so.0
				return new Availability(false, Messages.bind(Messages.KeyStore_reasonNoLibsecret, cause.getMessage()));
			}
			return new Availability(false, Messages.bind(Messages.KeyStore_reasonFailed, String.valueOf(cause)));
		} catch (Exception e) {
			return new Availability(false, Messages.bind(Messages.KeyStore_reasonFailed, String.valueOf(e)));
		}
		linux = provider;
		return new Availability(true, null);
	}

	/** The bus GLib would use: DBUS_SESSION_BUS_ADDRESS, else systemd's per-user socket. */
	private static boolean hasSessionBus() {
		String address = System.getenv("DBUS_SESSION_BUS_ADDRESS"); //$NON-NLS-1$
		if (address != null && !address.isBlank()) {
			return true;
		}
		String runtime = System.getenv("XDG_RUNTIME_DIR"); //$NON-NLS-1$
		return runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus")); //$NON-NLS-1$
	}

	/** Equinox's Linux provider from the extension registry; null when its fragment is not resolved. */
	private static PasswordProvider createLinuxProvider() {
		IExtensionPoint point = RegistryFactory.getRegistry().getExtensionPoint(EXTENSION_POINT);
		if (point == null) {
			return null;
		}
		for (IExtension extension : point.getExtensions()) {
			if (!LINUX_MODULE.equalsIgnoreCase(extension.getUniqueIdentifier())) {
				continue;
			}
			for (IConfigurationElement element : extension.getConfigurationElements()) {
				try {
					if (element.createExecutableExtension("class") instanceof PasswordProvider provider) { //$NON-NLS-1$
						return provider;
					}
				} catch (CoreException | LinkageError e) {
					return null;
				}
			}
		}
		return null;
	}

	/** Runs native work on the Secret Service thread, waiting at most this long. */
	private static <T> T call(Callable<T> work, long seconds) throws Exception {
		Future<T> result;
		synchronized (SecretService.class) {
			result = CALLS.submit(work);
		}
		try {
			return result.get(seconds, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			result.cancel(true);
			throw e;
		}
	}
}
