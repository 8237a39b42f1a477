package pau.store;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The instance location, where the mode, the settings and the offline database live. The GUI sets it
 * with -data, pau-cli with --workspace; the default is ~/.pau-desk.
 */
public final class Workspace {

	private Workspace() {
	}

	public static Path directory() {
		Location location = Platform.getInstanceLocation();
		try {
			if (location != null && location.getURL() != null) {
				return Path.of(location.getURL().toURI()).toAbsolutePath();
			}
		} catch (URISyntaxException | IllegalArgumentException e) {
			// A location URL with spaces that is not a valid URI: fall back to its path.
			return Path.of(location.getURL().getPath()).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".pau-desk");
	}
}
