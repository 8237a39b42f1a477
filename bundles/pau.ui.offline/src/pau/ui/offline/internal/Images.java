package pau.ui.offline.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/**
 * The bundle's icons, kept in JFace's image registry.
 */
public final class Images {

	public static final String OFFLINE = "icons/offline.png"; //$NON-NLS-1$
	public static final String OFFLINE_DISCONNECTED = "icons/offline-disconnected.png"; //$NON-NLS-1$
	public static final String CONNECTED = "icons/connected.png"; //$NON-NLS-1$
	public static final String DISCONNECTED = "icons/disconnected.png"; //$NON-NLS-1$

	private static final String PREFIX = "pau.ui.offline/"; //$NON-NLS-1$

	private Images() {
	}

	/** The icon's descriptor (for contributions that take descriptors). */
	public static ImageDescriptor descriptor(String path) {
		return ResourceLocator.imageDescriptorFromBundle(Images.class, path).orElse(ImageDescriptor.getMissingImageDescriptor());
	}

	/** The image of the icon (UI thread only). */
	public static Image get(String path) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		Image image = registry.get(PREFIX + path);
		if (image == null) {
			ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(Images.class, path)
					.orElse(ImageDescriptor.getMissingImageDescriptor());
			registry.put(PREFIX + path, descriptor);
			image = registry.get(PREFIX + path);
		}
		return image;
	}
}
