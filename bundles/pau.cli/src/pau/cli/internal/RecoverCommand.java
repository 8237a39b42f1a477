package pau.cli.internal;

import java.io.PrintStream;

import pau.model.Dates;
import pau.store.OfflineRecovery;
import pau.sync.OfflineService;
import pau.sync.SyncException;

/**
 * {@code pau-cli recover}: checks the offline database whole and, when it is damaged, restores its
 * newest intact backup and says what, if anything, is lost since it (B17).
 */
final class RecoverCommand implements CliCommand {

	@Override
	public String name() {
		return "recover"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Recover_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		arguments.rejectUnknown();
		OfflineService offline = SyncCommands.offline();
		if (!offline.state().isOffline()) {
			throw new CliException(ExitCode.WRONG_MODE, Messages.Sync_notOffline);
		}
		OfflineRecovery recovery;
		try {
			recovery = offline.recover(SyncCommands.progress(err));
		} catch (SyncException e) {
			throw SyncCommands.failure(e);
		}
		if (recovery == null) {
			out.println(Messages.Recover_intact);
			return ExitCode.OK;
		}
		out.println(Messages.bind(Messages.Recover_restored, Dates.of(recovery.backupTakenAt()), recovery.quarantined()));
		if (recovery.lostChanges() == 0) {
			out.println(Messages.bind(Messages.Recover_nothingLost, Dates.of(recovery.backupTakenAt())));
		} else {
			out.println(Messages.bind(Messages.Recover_lost, recovery.lostChanges(),
					recovery.lastSavedAt() == null ? "?" : Dates.of(recovery.lastSavedAt()))); //$NON-NLS-1$
		}
		return ExitCode.OK;
	}
}
