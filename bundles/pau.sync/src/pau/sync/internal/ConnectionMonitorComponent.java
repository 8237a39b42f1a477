package pau.sync.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import pau.model.DataException;
import pau.store.ActiveDatabase;
import pau.store.StoreFactory;
import pau.sync.ConnectionMonitor;

/**
 * Checks every few seconds, on a background thread with a short timeout, whether the main database
 * answers, and announces changes.
 */
@Component(service = ConnectionMonitor.class)
public class ConnectionMonitorComponent implements ConnectionMonitor {

	/** How often the main database is checked; a system property lets tests check faster. */
	private static final long PERIOD_MILLIS = Long.getLong("pau.connection.period", 3000);
	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	@Reference
	private ActiveDatabase active;

	@Reference
	private StoreFactory factory;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
	private volatile Status status = Status.UNKNOWN;
	private ScheduledExecutorService timer;

	@Activate
	void activate() {
		timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "pau-connection-monitor");
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleWithFixedDelay(this::checkQuietly, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
	}

	@Deactivate
	void deactivate() {
		timer.shutdownNow();
	}

	private void checkQuietly() {
		try {
			checkNow();
		} catch (RuntimeException e) {
			ILog.of(getClass()).warn("Connection check failed", e);
		}
	}

	@Override
	public Status status() {
		return status;
	}

	@Override
	public Status checkNow() {
		Status next;
		try {
			factory.checkReachable(active.mainSettings(), TIMEOUT);
			next = new Status(true, null, Instant.now());
		} catch (DataException e) {
			next = new Status(false, e.getMessage(), Instant.now());
		}
		Status previous = status;
		status = next;
		if (previous.reachable() != next.reachable() || !previous.known()
				|| !Objects.equals(previous.reason(), next.reason())) {
			for (Consumer<Status> listener : listeners) {
				listener.accept(next);
			}
			EventAdmin admin = events;
			if (admin != null) {
				admin.postEvent(new Event(TOPIC, Map.of("reachable", Boolean.valueOf(next.reachable()))));
			}
		}
		return next;
	}

	@Override
	public void addListener(Consumer<Status> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Consumer<Status> listener) {
		listeners.remove(listener);
	}
}
