package pau.ui.offline.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import pau.store.ActiveDatabase;
import pau.store.StoreFactory;
import pau.sync.ConnectionMonitor;
import pau.sync.OfflineService;

/**
 * The offline UI's link to the sync engine: a DS component that receives its services by injection
 * (no trackers), and one place that tells the widgets (on the UI thread) when the mode or the
 * connection changed. Mode changes come from the engine's EventAdmin topic, to which this component
 * subscribes as an event handler; connection changes from the connection monitor's listener; nothing
 * polls.
 * <p>
 * The 3.x workbench creates handlers, wizards and preference pages itself and cannot inject DS
 * services into them; they reach the active component through {@link #get()}.
 */
@Component(service = { OfflineUi.class, EventHandler.class }, immediate = true,
		property = EventConstants.EVENT_TOPIC + "=" + OfflineService.TOPIC_MODE)
public final class OfflineUi implements EventHandler {

	private static final long SERVICE_WAIT_MILLIS = 10_000;
	private static final Object LOCK = new Object();
	private static OfflineUi instance;
	/** The widgets' listeners; kept across a restart of the component (they belong to the UI). */
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	@Reference
	private OfflineService offline;
	@Reference
	private ConnectionMonitor connection;
	@Reference
	private ActiveDatabase active;
	@Reference
	private StoreFactory factory;

	private final Consumer<ConnectionMonitor.Status> connectionListener = status -> changed();

	@Activate
	void activate() {
		connection.addListener(connectionListener);
		synchronized (LOCK) {
			instance = this;
			LOCK.notifyAll();
		}
	}

	@Deactivate
	void deactivate() {
		connection.removeListener(connectionListener);
		synchronized (LOCK) {
			if (instance == this) {
				instance = null;
			}
		}
	}

	/** The active component, waiting briefly for DS to activate it (at start-up). */
	public static OfflineUi get() {
		long deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
		synchronized (LOCK) {
			while (instance == null) {
				long left = deadline - System.currentTimeMillis();
				if (left <= 0) {
					throw new IllegalStateException("Service not available: " + OfflineUi.class.getName()); //$NON-NLS-1$
				}
				try {
					LOCK.wait(left);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
			return instance;
		}
	}

	public OfflineService offline() {
		return offline;
	}

	public ConnectionMonitor connection() {
		return connection;
	}

	public ActiveDatabase active() {
		return active;
	}

	/** Opens and checks databases (the preference page's Test connection). */
	public StoreFactory factory() {
		return factory;
	}

	/** Whether the application works offline now. */
	public boolean isOffline() {
		return offline.state().isOffline();
	}

	/** Runs the listener on the UI thread after every change of mode or connection. */
	public void addListener(Runnable uiListener) {
		LISTENERS.add(uiListener);
	}

	public void removeListener(Runnable uiListener) {
		LISTENERS.remove(uiListener);
	}

	/** The engine switched modes (EventAdmin topic {@link OfflineService#TOPIC_MODE}). */
	@Override
	public void handleEvent(Event event) {
		changed();
	}

	/** Tells the widgets, on the UI thread, that something changed; callable from any thread. */
	public void changed() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> LISTENERS.forEach(Runnable::run));
		}
	}
}
