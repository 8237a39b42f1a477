package pau.app.internal.common;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import pau.model.DataException;
import pau.model.RecordStore;
import pau.store.ActiveDatabase;

/**
 * The UI's access to the {@link ActiveDatabase} DS service: a DS component that receives it by
 * injection. Views, editors and handlers are created by the 3.x workbench, which cannot inject DS
 * services; they reach the active component through the static methods.
 */
@Component(service = Databases.class, immediate = true)
public final class Databases {

	private static final long WAIT_MILLIS = 10_000;
	private static final Object LOCK = new Object();
	private static Databases instance;

	@Reference
	private ActiveDatabase database;

	@Activate
	void activate() {
		synchronized (LOCK) {
			instance = this;
			LOCK.notifyAll();
		}
	}

	@Deactivate
	void deactivate() {
		synchronized (LOCK) {
			if (instance == this) {
				instance = null;
			}
		}
	}

	/** The active-database service, waiting briefly for DS to provide it (at start-up). */
	public static ActiveDatabase active() {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		synchronized (LOCK) {
			while (instance == null) {
				long left = deadline - System.currentTimeMillis();
				if (left <= 0) {
					throw new DataException(Messages.Databases_serviceMissing);
				}
				try {
					LOCK.wait(left);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new DataException(Messages.Databases_serviceMissing);
				}
			}
			return instance.database;
		}
	}

	/** The records of the database the application works on now; opens it if needed (not on the UI thread). */
	public static RecordStore records() {
		return active().current().records();
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
