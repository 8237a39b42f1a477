package pau.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.OperationCanceledException;

import pau.store.ActiveDatabase;
import pau.sync.OfflineService;
import pau.sync.OfflineState;
import pau.sync.SyncException;

/**
 * {@code pau-cli take}: while offline, adds procedures to the offline database and to its checkout in
 * main (issue 20), without giving back the others. Main is the one the copy came from.
 */
final class TakeCommand implements CliCommand {

	@Override
	public String name() {
		return "take"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Take_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		if (arguments.flag("all")) { //$NON-NLS-1$
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.Take_chooseOne);
		}
		ActiveDatabase active = Services.get(ActiveDatabase.class);
		List<UUID> explicit;
		try {
			explicit = SyncCommands.procedures(arguments, active);
		} catch (CliException e) {
			throw e.exitCode() == ExitCode.BAD_ARGUMENTS && e.getMessage().equals(Messages.GoOffline_chooseOne)
					? new CliException(ExitCode.BAD_ARGUMENTS, Messages.Take_chooseOne)
					: e;
		}
		arguments.rejectUnknown();
		OfflineService offline = SyncCommands.offline();
		OfflineState before = offline.state();
		if (!before.isOffline()) {
			throw new CliException(ExitCode.WRONG_MODE, Messages.Take_notOffline);
		}
		try {
			List<UUID> procedures = SyncCommands.resolve(arguments, explicit, active);
			OfflineState after = offline.take(procedures, SyncCommands.progress(err));
			int added = after.procedures().size() - before.procedures().size();
			out.println(added == 0 ? Messages.bind(Messages.Take_nothing, after.procedures().size())
					: Messages.bind(Messages.Take_done, added, after.procedures().size()));
			return ExitCode.OK;
		} catch (SyncException e) {
			throw SyncCommands.failure(e);
		} catch (OperationCanceledException e) {
			throw new CliException(ExitCode.FAILED, Messages.Take_cancelled, e);
		}
	}
}
