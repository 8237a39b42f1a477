package pau.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import pau.model.DataException;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.store.DemoData;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * The active database: main, or offline while the sync engine has switched to it.
 */
@Component(service = ActiveDatabase.class)
public class ActiveDatabaseComponent implements ActiveDatabase {

	@Reference
	private StoreFactory factory;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Store main;
	private Store offline;
	private DatabaseSettings settings;

	@Override
	public Store current() {
		synchronized (this) {
			if (offline != null) {
				return offline;
			}
		}
		return main();
	}

	@Override
	public synchronized Store main() {
		if (main == null) {
			DatabaseSettings mainSettings = mainSettings();
			Store opened = factory.openMain(mainSettings);
			if (opened.createdNow() && MainSettingsStore.isDefault(mainSettings)) {
				fillWithDemoData(opened);
			}
			main = opened;
		}
		return main;
	}

	/** A first start on the embedded default database gets demo data to work with. */
	private static void fillWithDemoData(Store store) {
		try (Connection connection = store.dataSource().getConnection()) {
			DemoData.generate(connection, DemoData.Options.defaults(), line -> {
			});
		} catch (SQLException e) {
			throw new DataException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized boolean isOffline() {
		return offline != null;
	}

	@Override
	public synchronized DatabaseSettings mainSettings() {
		if (settings == null) {
			settings = MainSettingsStore.load();
		}
		return settings;
	}

	@Override
	public void setMainSettings(DatabaseSettings newSettings) {
		synchronized (this) {
			MainSettingsStore.save(newSettings);
			settings = newSettings;
			if (main != null) {
				main.close();
				main = null;
			}
		}
		fireChanged();
	}

	@Override
	public void activateOffline(Store store) {
		synchronized (this) {
			if (offline != null && offline != store) {
				offline.close();
			}
			offline = store;
		}
		fireChanged();
	}

	@Override
	public void activateMain() {
		synchronized (this) {
			if (offline != null) {
				offline.close();
				offline = null;
			}
		}
		fireChanged();
	}

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void fireChanged() {
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("Listener of the active database failed", e);
			}
		}
		EventAdmin admin = events;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_CHANGED, Map.of("offline", Boolean.valueOf(isOffline()))));
		}
	}

	@Deactivate
	synchronized void deactivate() {
		if (offline != null) {
			offline.close();
			offline = null;
		}
		if (main != null) {
			main.close();
			main = null;
		}
	}
}
