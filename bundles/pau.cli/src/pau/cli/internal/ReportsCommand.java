package pau.cli.internal;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import pau.store.DatabaseSettings;
import pau.sync.SyncReport;
import pau.sync.internal.ReportArchive;
import pau.sync.internal.ReportText;

/**
 * {@code pau-cli reports [--json] [--main URL]}: the synchronization reports main keeps, newest first
 * (B1), in words or as the JSON of the public interface (README).
 */
final class ReportsCommand implements CliCommand {

	@Override
	public String name() {
		return "reports"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Reports_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		boolean json = arguments.flag("json"); //$NON-NLS-1$
		DatabaseSettings main = ReportCommands.mainOption(arguments);
		arguments.rejectUnknown();
		List<SyncReport> reports = ReportCommands.onMain(main, ReportArchive::list, service -> service.reports());
		if (json) {
			out.println(new GsonBuilder().disableHtmlEscaping().serializeNulls().create().toJson(json(reports)));
		} else {
			print(reports, out);
		}
		return ExitCode.OK;
	}

	/**
	 * The public JSON: {@code [{"id", "syncedAt", "user", "host", "procedures": [{"procedureId",
	 * "caseNumber", "debtor"}], "entries": [{"no", "kind", …}]}]}; {@code procedures} are every
	 * procedure the synchronization returned, with or without decisions.
	 */
	static JsonArray json(List<SyncReport> reports) {
		JsonArray array = new JsonArray();
		for (SyncReport report : reports) {
			JsonObject item = new JsonObject();
			item.addProperty("id", report.checkoutId().toString()); //$NON-NLS-1$
			item.addProperty("syncedAt", report.finishedAt() == null ? null : report.finishedAt().toString()); //$NON-NLS-1$
			item.addProperty("user", report.user()); //$NON-NLS-1$
			item.addProperty("host", report.host()); //$NON-NLS-1$
			item.addProperty("stayedOffline", report.stayedOffline()); //$NON-NLS-1$
			JsonArray procedures = new JsonArray();
			report.procedures().forEach((id, counts) -> {
				if (id != null) {
					JsonObject p = new JsonObject();
					p.addProperty("procedureId", id.toString()); //$NON-NLS-1$
					p.addProperty("caseNumber", counts.caseNumber()); //$NON-NLS-1$
					p.addProperty("debtor", counts.debtor()); //$NON-NLS-1$
					procedures.add(p);
				}
			});
			item.add("procedures", procedures); //$NON-NLS-1$
			JsonArray entries = new JsonArray();
			int no = 0;
			for (SyncReport.Entry entry : report.entries()) {
				JsonObject e = new JsonObject();
				e.addProperty("no", ++no); //$NON-NLS-1$
				e.addProperty("kind", entry.kind().name()); //$NON-NLS-1$
				e.addProperty("table", entry.table()); //$NON-NLS-1$
				e.addProperty("recordId", entry.recordId().toString()); //$NON-NLS-1$
				e.addProperty("field", entry.field()); //$NON-NLS-1$
				e.addProperty("offlineValue", entry.offlineValue()); //$NON-NLS-1$
				e.addProperty("mainValue", entry.mainValue()); //$NON-NLS-1$
				e.addProperty("restored", entry.restoration() != null); //$NON-NLS-1$
				e.addProperty("restorable", entry.restorable()); //$NON-NLS-1$
				if (entry.restoration() != null) {
					e.addProperty("restoredBy", entry.restoration().user()); //$NON-NLS-1$
					e.addProperty("restoredHost", entry.restoration().host()); //$NON-NLS-1$
					e.addProperty("restoredAt", entry.restoration().at().toString()); //$NON-NLS-1$
				}
				entries.add(e);
			}
			item.add("entries", entries); //$NON-NLS-1$
			array.add(item);
		}
		return array;
	}

	private static void print(List<SyncReport> reports, PrintStream out) {
		if (reports.isEmpty()) {
			out.println(Messages.Reports_none);
			return;
		}
		ReportText text = new ReportText();
		for (SyncReport report : reports) {
			out.println(Messages.bind(Messages.Reports_report, report.checkoutId(), text.origin(report)));
			out.println("  " + text.summary(report)); //$NON-NLS-1$
			for (ReportText.Group group : text.groups(report)) {
				out.println("  " + group.title() + " \u2014 " + group.counts()); //$NON-NLS-1$ //$NON-NLS-2$
				for (ReportText.Line line : group.lines()) {
					StringBuilder row = new StringBuilder("    ").append(line.no()).append(". ") //$NON-NLS-1$ //$NON-NLS-2$
							.append(line.decision()).append(": ").append(line.record()); //$NON-NLS-1$
					if (!line.field().isEmpty()) {
						row.append(Messages.bind(Messages.Reports_values,
								new Object[] { line.field(), line.offlineValue(), line.mainValue() }));
					}
					if (!line.restored().isEmpty()) {
						row.append(" [").append(line.restored()).append(']'); //$NON-NLS-1$
					}
					out.println(row);
				}
			}
			out.println();
		}
	}
}
