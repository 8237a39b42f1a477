package pau.store.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import liquibase.Liquibase;
import liquibase.servicelocator.ServiceLocator;

/**
 * Finds Liquibase's parts inside OSGi: through Liquibase's own bundle loader (which sees its
 * META-INF/services), leaving out the few parts that need a library PAU Desk does not ship (CSV data
 * loading needs OpenCSV and its Commons chain). Liquibase's own locator stops at the first such part.
 */
final class LiquibaseParts implements ServiceLocator {

	@Override
	public int getPriority() {
		return 10; // Plugin.PRIORITY_SPECIALIZED, in the package liquibase.plugin that we do not import
	}

	@Override
	public <T> List<T> findInstances(Class<T> interfaceType) {
		List<T> found = new ArrayList<>();
		Iterator<T> parts = ServiceLoader.load(interfaceType, Liquibase.class.getClassLoader()).iterator();
		while (true) {
			try {
				if (!parts.hasNext()) {
					return found;
				}
				found.add(parts.next());
			} catch (ServiceConfigurationError | LinkageError e) {
				// A part whose library is not installed; the changelog uses none of them.
			}
		}
	}
}
