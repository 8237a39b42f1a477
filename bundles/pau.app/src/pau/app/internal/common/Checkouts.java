package pau.app.internal.common;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import pau.model.Dates;
import pau.sync.OfflineService;

/**
 * B14: who has which procedure of main offline now (B6's records), for the procedures view and the
 * procedure editor. Read off the UI thread, in main mode only: an offline copy has no such records.
 * A DS component: the sync engine's service is injected (optional and dynamic: without it the
 * application still works, it only cannot say who has what).
 */
@Component(service = Checkouts.class, immediate = true)
public final class Checkouts {

	private static volatile OfflineService service;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void bindOffline(OfflineService offline) {
		service = offline;
	}

	void unbindOffline(OfflineService offline) {
		if (service == offline) {
			service = null;
		}
	}

	/**
	 * The open checkouts of main by procedure; empty while offline, and when main cannot say (the
	 * view reports an unreachable database itself). Not on the UI thread.
	 */
	public static Map<UUID, List<OfflineService.Checkout>> inMain() {
		OfflineService offline = service;
		try {
			if (offline == null || offline.state().isOffline()) {
				return Map.of();
			}
			return offline.checkouts().stream().collect(Collectors.groupingBy(OfflineService.Checkout::procedureId));
		} catch (RuntimeException e) {
			ILog.of(Checkouts.class).warn("Who has procedures offline could not be read: " + e.getMessage()); //$NON-NLS-1$
			return Map.of();
		}
	}

	/** The open checkouts of one procedure in main (empty while offline). Not on the UI thread. */
	public static List<OfflineService.Checkout> of(UUID procedureId) {
		return procedureId == null ? List.of() : inMain().getOrDefault(procedureId, List.of());
	}

	/** "offline with Ivanov since 12.03.2026" (several holders joined). */
	public static String shortText(List<OfflineService.Checkout> holders) {
		return holders.stream().map(c -> NLS.bind(Messages.Checkout_short, c.userName(), Dates.dayOf(c.since())))
				.collect(Collectors.joining("; ")); //$NON-NLS-1$
	}

	/** The banner of the procedure editor: who, on which computer, since when, and what it means. */
	public static String bannerText(List<OfflineService.Checkout> holders) {
		String who = holders.stream()
				.map(c -> NLS.bind(Messages.Checkout_who, new Object[] { c.userName(), c.host(),
						Dates.of(c.since()) }))
				.collect(Collectors.joining("; ")); //$NON-NLS-1$
		return NLS.bind(Messages.Checkout_banner, who);
	}

}
