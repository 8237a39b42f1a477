package pau.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

import pau.store.DatabaseSettings;
import pau.sync.SyncReport;
import pau.sync.internal.ReportArchive;
import pau.sync.internal.ReportText;

/**
 * {@code pau-cli restore REPORT_ID ENTRY_NO [--main URL]} (B13): writes a lost offline value back into
 * main, guarded by the row version. Exit 0 written, 6 main changed the value again since (nothing
 * written), 2 not a lost offline value, 3 main unreachable.
 */
final class RestoreCommand implements CliCommand {

	@Override
	public String name() {
		return "restore"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Restore_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		DatabaseSettings main = ReportCommands.mainOption(arguments);
		arguments.rejectUnknownOptions();
		List<String> words = arguments.positional();
		if (words.size() != 2) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.Restore_usage);
		}
		int entryNo;
		try {
			entryNo = Integer.parseInt(words.get(1));
		} catch (NumberFormatException e) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.Restore_usage, e);
		}
		UUID reportId;
		try {
			reportId = UUID.fromString(words.get(0));
		} catch (IllegalArgumentException e) {
			// Not an id at all: no report has it, which is what the user needs to hear.
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Restore_noSuchReport, words.get(0)), e);
		}
		String user = System.getProperty("user.name", "?"); //$NON-NLS-1$ //$NON-NLS-2$
		SyncReport report = ReportCommands.onMain(main,
				connection -> ReportArchive.restore(connection, reportId, entryNo, user, host()),
				service -> service.restore(reportId, entryNo));
		ReportText.Line line = new ReportText().line(entryNo, report.entries().get(entryNo - 1));
		out.println(Messages.bind(Messages.Restore_done,
				new Object[] { entryNo, line.record(), line.field(), line.offlineValue() }));
		return ExitCode.OK;
	}

	private static String host() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		} catch (java.io.IOException e) {
			return "localhost"; //$NON-NLS-1$
		}
	}
}
