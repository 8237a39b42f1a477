package pau.cli.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Looks up OSGi services for the commands (the application object is not a DS component).
 */
final class Services {

	private static final long WAIT_MILLIS = 30_000;

	private Services() {
	}

	static <S> S get(Class<S> type) throws CliException {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(WAIT_MILLIS);
			if (service == null) {
				throw new CliException(ExitCode.FAILED, Messages.bind(Messages.Cli_serviceMissing, type.getName()));
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliException(ExitCode.FAILED, Messages.bind(Messages.Cli_serviceMissing, type.getName()), e);
		}
		// The tracker stays open: the service is used until the command ends with the process.
	}
}
