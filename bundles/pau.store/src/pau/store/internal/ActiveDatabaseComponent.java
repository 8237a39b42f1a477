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
import pau.store.OfflineHeldException;
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
	/** Guards opening the main database; never held by readers of the state below. */
	private final Object opening = new Object();
	private volatile Store main;
	private volatile Store offline;
	private volatile DatabaseSettings settings;
	private volatile String held;

	@Override
	public Store current() {
		Store active = offline;
		if (active != null) {
			return active;
		}
		String reason = held;
		if (reason != null) {
			throw new OfflineHeldException(reason);
		}
		return main();
	}

	@Override
	public Store main() {
		Store open = main;
		if (open != null) {
			return open;
		}
		// Opening may wait on the network: only callers that need main wait; isOffline() and
		// mainSettings() never do, so the UI thread can ask them at any time.
		synchronized (opening) {
			if (main == null) {
				DatabaseSettings mainSettings = mainSettings();
				// Only the embedded default is created on first use; a configured URL must name a database.
				boolean isDefault = MainSettingsStore.isDefault(mainSettings);
				Store opened = isDefault ? factory.createMain(mainSettings) : factory.openMain(mainSettings);
				if (opened.createdNow() && isDefault) {
					fillWithDemoData(opened);
				}
				main = opened;
			}
			return main;
		}
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
	public boolean isOffline() {
		return offline != null;
	}

	@Override
	public DatabaseSettings mainSettings() {
		DatabaseSettings known = settings;
		if (known == null) {
			known = MainSettingsStore.load();
			settings = known;
		}
		return known;
	}

	@Override
	public void setMainSettings(DatabaseSettings newSettings) {
		MainSettingsStore.save(newSettings);
		settings = newSettings;
		synchronized (opening) {
			Store old = main;
			main = null;
			if (old != null) {
				old.close();
			}
		}
		fireChanged();
	}

	@Override
	public StoreFactory.Migration migrateMain() {
		StoreFactory.Migration migration;
		synchronized (opening) {
			Store old = main;
			main = null;
			if (old != null) {
				old.close();
			}
			migration = factory.migrateMain(mainSettings());
		}
		fireChanged();
		return migration;
	}

	@Override
	public void activateOffline(Store store) {
		Store old = offline;
		offline = store;
		held = null;
		if (old != null && old != store) {
			old.close();
		}
		fireChanged();
	}

	@Override
	public void activateMain() {
		Store old = offline;
		offline = null;
		held = null;
		if (old != null) {
			old.close();
		}
		fireChanged();
	}

	@Override
	public void holdOffline(String reason) {
		Store old = offline;
		held = reason;
		offline = null;
		if (old != null) {
			old.close();
		}
		fireChanged();
	}

	@Override
	public String heldReason() {
		return held;
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
	void deactivate() {
		Store oldOffline = offline;
		offline = null;
		if (oldOffline != null) {
			oldOffline.close();
		}
		synchronized (opening) {
			Store oldMain = main;
			main = null;
			if (oldMain != null) {
				oldMain.close();
			}
		}
	}
}
