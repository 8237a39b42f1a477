package pau.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import pau.sync.OfflineService;
import pau.sync.SyncException;
import pau.sync.SyncReport;
import pau.sync.internal.SyncReports;

/**
 * {@code pau-cli sync [--preview] [--report FILE]}: back to main mode with synchronization (R4), or
 * only a report of what it would do (B2).
 */
final class SyncCommand implements CliCommand {

	@Override
	public String name() {
		return "sync"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Sync_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		boolean preview = arguments.flag("preview"); //$NON-NLS-1$
		boolean stayOffline = arguments.flag("stay-offline"); //$NON-NLS-1$
		String reportFile = arguments.value("report", null); //$NON-NLS-1$
		arguments.rejectUnknown();
		OfflineService offline = SyncCommands.offline();
		if (!offline.state().isOffline()) {
			throw new CliException(ExitCode.WRONG_MODE, Messages.Sync_notOffline);
		}
		SyncReport report;
		try {
			report = preview ? offline.preview(SyncCommands.progress(err))
					: stayOffline ? offline.synchronizeStayingOffline(SyncCommands.progress(err))
							: offline.synchronize(SyncCommands.progress(err));
		} catch (SyncException e) {
			throw SyncCommands.failure(e);
		}
		out.println(Messages.bind(preview ? Messages.Sync_previewDone : stayOffline ? Messages.Sync_doneStaying : Messages.Sync_done,
				new Object[] { report.totalInserted(), report.totalUpdated(), report.entries(SyncReport.Kind.CONFLICT_MAIN_KEPT).size(),
						report.entries(SyncReport.Kind.RESTORED).size(), report.entries(SyncReport.Kind.ATTACHED).size(),
						report.entries(SyncReport.Kind.DELETION_NOT_TRANSFERRED).size(),
						report.entries(SyncReport.Kind.EDIT_OF_DELETED_NOT_APPLIED).size() }));
		if (stayOffline && !preview) {
			out.println(offline.state().isOffline()
					? Messages.bind(Messages.Sync_stayedOffline, new Object[] { report.totalArrived(), offline.state().procedures().size(),
							String.valueOf(report.documentBytes()[0]), String.valueOf(report.documentBytes()[1]) })
					: Messages.Sync_nothingToStayWith);
		}
		if (reportFile != null) {
			try {
				SyncReports.export(report, Path.of(reportFile));
			} catch (IOException e) {
				// Main is already merged when not previewing: say so, and where the kept copy is.
				throw new CliException(ExitCode.FAILED, Messages.bind(Messages.Sync_reportFailed, reportFile), e);
			}
		}
		return ExitCode.OK;
	}
}
