package pau.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.OperationCanceledException;

import pau.model.Dates;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.sync.OfflineService;
import pau.sync.OfflineState;
import pau.sync.SyncException;

/**
 * {@code pau-cli go-offline}: copies procedures into a new offline database and switches to it (R1).
 */
final class GoOfflineCommand implements CliCommand {

	@Override
	public String name() {
		return "go-offline"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.GoOffline_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		DatabaseSettings settings = MainOptions.read(arguments);
		ActiveDatabase active = Services.get(ActiveDatabase.class);
		List<UUID> explicit = SyncCommands.procedures(arguments, active);
		arguments.rejectUnknown();
		OfflineService offline = SyncCommands.offline();
		if (offline.state().isOffline()) {
			throw new CliException(ExitCode.WRONG_MODE, Messages.bind(Messages.GoOffline_already, Dates.of(offline.state().since())));
		}
		DatabaseSettings previous = active.mainSettings();
		boolean done = false;
		try {
			SyncCommands.useMain(active, settings);
			List<UUID> procedures = SyncCommands.resolve(arguments, explicit, active);
			OfflineState state = offline.goOffline(procedures, SyncCommands.progress(err));
			out.println(Messages.bind(Messages.GoOffline_done,
					new Object[] { state.procedures().size(), Dates.of(state.since()), state.offlineUrl() }));
			done = true;
			return ExitCode.OK;
		} catch (SyncException e) {
			throw SyncCommands.failure(e);
		} catch (OperationCanceledException e) {
			throw new CliException(ExitCode.FAILED, Messages.GoOffline_cancelled, e);
		} finally {
			if (!done && !previous.equals(active.mainSettings())) {
				restore(active, previous);
			}
		}
	}

	/** Nothing half-done after a non-zero exit; a failure here must not hide the one that matters. */
	private static void restore(ActiveDatabase active, DatabaseSettings previous) {
		try {
			active.setMainSettings(previous);
		} catch (RuntimeException e) {
			// e.g. the disk is still full: the error line of the failure itself is printed.
		}
	}
}
