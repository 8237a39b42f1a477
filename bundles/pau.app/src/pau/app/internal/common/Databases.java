package pau.app.internal.common;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import pau.model.DataException;
import pau.model.RecordStore;
import pau.store.ActiveDatabase;

/**
 * The UI's access to the {@link ActiveDatabase} DS service. The 3.x workbench's service locator does
 * not see DS services, so the service is tracked through the bundle context.
 */
public final class Databases {

	private static final long WAIT_MILLIS = 10_000;
	private static ServiceTracker<ActiveDatabase, ActiveDatabase> tracker;

	private Databases() {
	}

	/** The active-database service, waiting briefly for DS to provide it. */
	public static ActiveDatabase active() {
		ServiceTracker<ActiveDatabase, ActiveDatabase> t = tracker();
		ActiveDatabase service = t.getService();
		if (service == null) {
			try {
				service = t.waitForService(WAIT_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (service == null) {
			throw new DataException(Messages.Databases_serviceMissing);
		}
		return service;
	}

	/** The records of the database the application works on now; opens it if needed (not on the UI thread). */
	public static RecordStore records() {
		return active().current().records();
	}

	private static synchronized ServiceTracker<ActiveDatabase, ActiveDatabase> tracker() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(Databases.class);
			tracker = new ServiceTracker<>(bundle.getBundleContext(), ActiveDatabase.class, null);
			tracker.open();
		}
		return tracker;
	}

	/**
	 * Runs database work on a worker thread while the UI stays responsive (busy cursor, a progress
	 * dialog if it takes long), and returns when it is done; its DataException is rethrown here.
	 */
	public static void offUiThread(Runnable work) {
		DataException[] failure = new DataException[1];
		try {
			org.eclipse.ui.PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					work.run();
				} catch (DataException e) {
					failure[0] = e;
				}
			});
		} catch (java.lang.reflect.InvocationTargetException e) {
			throw new DataException(String.valueOf(e.getCause().getMessage()), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DataException(String.valueOf(e.getMessage()), e);
		}
		if (failure[0] != null) {
			throw failure[0];
		}
	}
}
