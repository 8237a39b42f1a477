package pau.cli.internal;

import java.io.PrintStream;

import pau.sync.OfflineService;
import pau.sync.SyncException;

/**
 * {@code pau-cli refresh}: while offline, brings the office's changes to the taken procedures into the
 * offline copy without handing anything in (issue 20).
 */
final class RefreshCommand implements CliCommand {

	@Override
	public String name() {
		return "refresh"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Refresh_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		arguments.rejectUnknown();
		OfflineService offline = SyncCommands.offline();
		if (!offline.state().isOffline()) {
			throw new CliException(ExitCode.WRONG_MODE, Messages.Refresh_notOffline);
		}
		try {
			OfflineService.Refreshed refreshed = offline.refresh(SyncCommands.progress(err));
			out.println(Messages.bind(Messages.Refresh_done, new Object[] { refreshed.total(), refreshed.changed(),
					refreshed.deleted(), String.valueOf(refreshed.documentBytes()) }));
			return ExitCode.OK;
		} catch (SyncException e) {
			throw SyncCommands.failure(e);
		}
	}
}
