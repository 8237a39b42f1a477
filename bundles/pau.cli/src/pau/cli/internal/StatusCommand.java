package pau.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import pau.model.DataException;
import pau.model.Dates;
import pau.store.ActiveDatabase;
import pau.store.KeyStore;
import pau.store.StoreFactory;
import pau.sync.OfflineService;
import pau.sync.SyncException;
import pau.sync.OfflineState;

/**
 * {@code pau-cli status [--json]}: the mode, the main database and whether it answers, and while
 * offline the offline database and what was taken.
 */
final class StatusCommand implements CliCommand {

	@Override
	public String name() {
		return "status"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Status_synopsis;
	}

	/** B6: the procedures checked out offline in main now, by anyone; null when main cannot say. */
	private static List<OfflineService.Checkout> checkouts(OfflineService offline) {
		try {
			return offline.checkouts();
		} catch (SyncException e) {
			return null;
		}
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		boolean json = arguments.flag("json"); //$NON-NLS-1$
		arguments.rejectUnknown();
		ActiveDatabase active = Services.get(ActiveDatabase.class);
		OfflineService offline = SyncCommands.offline();
		OfflineState state = offline.state();
		String damage = offline.damage();
		String mainUrl = active.mainSettings().url();
		String unreachableBecause = null;
		try {
			Services.get(StoreFactory.class).checkReachable(active.mainSettings(), Duration.ofSeconds(3));
		} catch (DataException e) {
			unreachableBecause = e.getMessage();
		}
		if (json) {
			JsonObject status = new JsonObject();
			status.addProperty("mode", state.isOffline() ? "offline" : "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			status.addProperty("mainUrl", mainUrl); //$NON-NLS-1$
			status.addProperty("mainReachable", unreachableBecause == null); //$NON-NLS-1$
			if (unreachableBecause != null) {
				status.addProperty("mainError", unreachableBecause); //$NON-NLS-1$
			}
			List<OfflineService.Checkout> checkouts = unreachableBecause == null ? checkouts(offline) : null;
			if (checkouts != null) {
				JsonArray held = new JsonArray();
				for (OfflineService.Checkout checkout : checkouts) {
					JsonObject item = new JsonObject();
					item.addProperty("procedureId", checkout.procedureId().toString()); //$NON-NLS-1$
					item.addProperty("caseNumber", checkout.caseNumber()); //$NON-NLS-1$
					item.addProperty("userName", checkout.userName()); //$NON-NLS-1$
					item.addProperty("host", checkout.host()); //$NON-NLS-1$
					item.addProperty("since", checkout.since().toString()); //$NON-NLS-1$
					held.add(item);
				}
				status.add("checkouts", held); //$NON-NLS-1$
			}
			if (state.isOffline()) {
				status.addProperty("offlineUrl", state.offlineUrl()); //$NON-NLS-1$
				JsonArray procedures = new JsonArray();
				state.procedures().forEach(id -> procedures.add(id.toString()));
				status.add("procedures", procedures); //$NON-NLS-1$
				status.addProperty("since", state.since().toString()); //$NON-NLS-1$
				status.addProperty("checkoutId", state.checkoutId().toString()); //$NON-NLS-1$
				if (state.lastSync() != null) {
					status.addProperty("lastSync", state.lastSync().toString()); //$NON-NLS-1$
				}
				status.addProperty("offlineDamaged", damage != null); //$NON-NLS-1$
				if (damage != null) {
					status.addProperty("offlineDamage", damage); //$NON-NLS-1$
				}
			}
			JsonArray quarantined = new JsonArray();
			offline.quarantined().forEach(path -> quarantined.add(path.toString()));
			status.add("quarantined", quarantined); //$NON-NLS-1$
			KeyStore keyStore = KeyStore.current();
			status.addProperty("keyStore", keyStore.id()); //$NON-NLS-1$
			if (keyStore.isFallback()) {
				status.addProperty("keyStoreWarning", keyStore.warning()); //$NON-NLS-1$
			}
			out.println(new GsonBuilder().disableHtmlEscaping().create().toJson(status));
			return ExitCode.OK;
		}
		out.println(Messages.bind(Messages.Status_mode, state.isOffline() ? Messages.Status_offline : Messages.Status_main));
		out.println(Messages.bind(Messages.Status_mainUrl, mainUrl,
				unreachableBecause == null ? Messages.Status_reachable : Messages.bind(Messages.Status_unreachable, unreachableBecause)));
		if (state.isOffline()) {
			out.println(Messages.bind(Messages.Status_offlineUrl, state.offlineUrl()));
			out.println(Messages.bind(Messages.Status_since, Dates.of(state.since()), state.procedures().size()));
			if (damage != null) {
				out.println(Messages.bind(Messages.Status_damaged, damage));
			}
		}
		offline.quarantined().forEach(path -> out.println(Messages.bind(Messages.Status_quarantined, path)));
		List<OfflineService.Checkout> checkouts = unreachableBecause == null ? checkouts(offline) : null;
		if (checkouts != null) {
			for (OfflineService.Checkout checkout : checkouts) {
				out.println(Messages.bind(Messages.Status_checkout, new Object[] { checkout.caseNumber(),
						checkout.userName(), checkout.host(), Dates.of(checkout.since()) }));
			}
		}
		KeyStore keyStore = KeyStore.current();
		out.println(Messages.bind(Messages.Status_keyStore, keyStore.describe()));
		if (keyStore.isFallback()) {
			out.println(Messages.bind(Messages.Status_keyStoreWarning, keyStore.warning()));
		}
		return ExitCode.OK;
	}
}
