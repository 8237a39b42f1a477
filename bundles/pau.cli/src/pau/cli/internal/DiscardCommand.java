package pau.cli.internal;

import java.io.PrintStream;

import pau.sync.OfflineChanges;
import pau.sync.OfflineService;
import pau.sync.SyncException;

/**
 * {@code pau-cli discard --yes}: back to main mode without synchronization (R6); the offline
 * changes are deleted.
 */
final class DiscardCommand implements CliCommand {

	@Override
	public String name() {
		return "discard"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Discard_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		boolean yes = arguments.flag("yes"); //$NON-NLS-1$
		arguments.rejectUnknown();
		if (!yes) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.Discard_needsYes);
		}
		OfflineService offline = SyncCommands.offline();
		if (!offline.state().isOffline()) {
			throw new CliException(ExitCode.WRONG_MODE, Messages.Sync_notOffline);
		}
		OfflineChanges changes = null;
		try {
			changes = offline.offlineChanges();
		} catch (SyncException e) {
			// The offline database cannot be read (e.g. its key is gone): discarding must still work.
			err.println(Messages.bind(Messages.Discard_countsUnknown, e.getMessage()));
		}
		try {
			offline.discard();
		} catch (SyncException e) {
			throw SyncCommands.failure(e);
		}
		out.println(changes == null ? Messages.Discard_doneUncounted
				: Messages.bind(Messages.Discard_done, new Object[] { changes.created(), changes.changed(), changes.deleted() }));
		return ExitCode.OK;
	}
}
