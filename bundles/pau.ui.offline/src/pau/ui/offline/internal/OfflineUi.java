package pau.ui.offline.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

import pau.store.ActiveDatabase;
import pau.store.StoreFactory;
import pau.sync.ConnectionMonitor;
import pau.sync.OfflineService;

/**
 * The offline UI's link to the sync engine: its services, and one place that tells the widgets (on
 * the UI thread) when the mode or the connection changed. Mode changes come from the engine's
 * EventAdmin topic, connection changes from the connection monitor's listener; nothing polls.
 */
public final class OfflineUi {

	private static final long SERVICE_WAIT_MILLIS = 10_000;
	private static OfflineUi instance;

	private final BundleContext context;
	private final ServiceTracker<OfflineService, OfflineService> offline;
	private final ServiceTracker<ConnectionMonitor, ConnectionMonitor> connection;
	private final ServiceTracker<ActiveDatabase, ActiveDatabase> active;
	private final ServiceTracker<StoreFactory, StoreFactory> factory;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Consumer<ConnectionMonitor.Status> connectionListener = status -> changed();
	private boolean connectionListening;

	private OfflineUi() {
		context = FrameworkUtil.getBundle(OfflineUi.class).getBundleContext();
		offline = new ServiceTracker<>(context, OfflineService.class, null);
		connection = new ServiceTracker<>(context, ConnectionMonitor.class, null);
		active = new ServiceTracker<>(context, ActiveDatabase.class, null);
		factory = new ServiceTracker<>(context, StoreFactory.class, null);
		factory.open();
		offline.open();
		connection.open();
		active.open();
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, new String[] { OfflineService.TOPIC_MODE });
		context.registerService(EventHandler.class, event -> changed(), properties);
	}

	/** The one instance of this bundle. */
	public static synchronized OfflineUi get() {
		if (instance == null) {
			instance = new OfflineUi();
		}
		return instance;
	}

	public OfflineService offline() {
		return service(offline, OfflineService.class);
	}

	public ConnectionMonitor connection() {
		ConnectionMonitor monitor = service(connection, ConnectionMonitor.class);
		synchronized (this) {
			if (!connectionListening) {
				monitor.addListener(connectionListener);
				connectionListening = true;
			}
		}
		return monitor;
	}

	public ActiveDatabase active() {
		return service(active, ActiveDatabase.class);
	}

	/** Opens and checks databases (the preference page's Test connection). */
	public StoreFactory factory() {
		return service(factory, StoreFactory.class);
	}

	/** Whether the application works offline now. */
	public boolean isOffline() {
		return offline().state().isOffline();
	}

	/** Runs the listener on the UI thread after every change of mode or connection. */
	public void addListener(Runnable uiListener) {
		connection();
		listeners.add(uiListener);
	}

	public void removeListener(Runnable uiListener) {
		listeners.remove(uiListener);
	}

	/** Tells the widgets, on the UI thread, that something changed; callable from any thread. */
	public void changed() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> listeners.forEach(Runnable::run));
		}
	}

	private static <T> T service(ServiceTracker<T, T> tracker, Class<T> type) {
		T service = tracker.getService();
		if (service == null) {
			try {
				service = tracker.waitForService(SERVICE_WAIT_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (service == null) {
			throw new IllegalStateException("Service not available: " + type.getName()); //$NON-NLS-1$
		}
		return service;
	}
}
