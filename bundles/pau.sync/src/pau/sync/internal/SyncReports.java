package pau.sync.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pau.store.Dialect;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Entry;
import pau.sync.SyncReport.Fact;
import pau.sync.SyncReport.Kind;
import pau.sync.SyncReport.ProcedureCounts;
import pau.sync.SyncReport.Restoration;
import pau.sync.SyncReport.Subject;

/**
 * The report of a synchronization (B1) as JSON (kept in main and locally) and CSV.
 */
public final class SyncReports {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	private SyncReports() {
	}

	/** The report as a JSON object. */
	public static String toJson(SyncReport report) {
		JsonObject json = new JsonObject();
		json.addProperty("checkoutId", String.valueOf(report.checkoutId()));
		json.addProperty("preview", report.isPreview());
		json.addProperty("stayedOffline", report.stayedOffline());
		json.addProperty("finishedAt", report.finishedAt() == null ? null : report.finishedAt().toString());
		json.add("inserted", GSON.toJsonTree(report.inserted()));
		json.add("updated", GSON.toJsonTree(report.updated()));
		json.addProperty("user", report.user());
		json.addProperty("host", report.host());
		JsonObject procedures = new JsonObject();
		report.procedures().forEach((id, counts) -> {
			JsonObject p = new JsonObject();
			p.addProperty("debtor", counts.debtor());
			p.addProperty("caseNumber", counts.caseNumber());
			p.addProperty("inserted", counts.inserted());
			p.addProperty("updated", counts.updated());
			procedures.add(id == null ? "" : id.toString(), p);
		});
		json.add("procedures", procedures);
		JsonArray entries = new JsonArray();
		for (Entry entry : report.entries()) {
			JsonObject e = new JsonObject();
			e.addProperty("kind", entry.kind().name());
			e.addProperty("table", entry.table());
			e.addProperty("recordId", entry.recordId().toString());
			e.addProperty("record", entry.record());
			e.addProperty("field", entry.field());
			e.addProperty("offlineValue", entry.offlineValue());
			e.addProperty("mainValue", entry.mainValue());
			if (entry.subject() != null) {
				e.add("subject", subjectJson(entry.subject()));
			}
			if (entry.restoration() != null) {
				JsonObject r = new JsonObject();
				r.addProperty("user", entry.restoration().user());
				r.addProperty("host", entry.restoration().host());
				r.addProperty("at", entry.restoration().at().toString());
				e.add("restoredBy", r);
			}
			entries.add(e);
		}
		json.add("entries", entries);
		return GSON.toJson(json);
	}

	/** Reads a report written by {@link #toJson(SyncReport)}. */
	public static SyncReport fromJson(Reader reader) {
		JsonObject json = JsonParser.parseReader(reader).getAsJsonObject();
		SyncReport report = new SyncReport(UUID.fromString(json.get("checkoutId").getAsString()),
				json.get("preview").getAsBoolean());
		report.setStayedOffline(json.has("stayedOffline") && json.get("stayedOffline").getAsBoolean());
		if (!json.get("finishedAt").isJsonNull()) {
			report.setFinishedAt(Instant.parse(json.get("finishedAt").getAsString()));
		}
		for (Map.Entry<String, com.google.gson.JsonElement> count : json.getAsJsonObject("inserted").entrySet()) {
			report.inserted().put(count.getKey(), count.getValue().getAsInt());
		}
		for (Map.Entry<String, com.google.gson.JsonElement> count : json.getAsJsonObject("updated").entrySet()) {
			report.updated().put(count.getKey(), count.getValue().getAsInt());
		}
		report.setOrigin(string(json, "user"), string(json, "host"));
		if (json.has("procedures")) {
			for (Map.Entry<String, com.google.gson.JsonElement> p : json.getAsJsonObject("procedures").entrySet()) {
				JsonObject counts = p.getValue().getAsJsonObject();
				report.procedures().put(p.getKey().isEmpty() ? null : UUID.fromString(p.getKey()),
						new ProcedureCounts(string(counts, "debtor"), string(counts, "caseNumber"),
								counts.get("inserted").getAsInt(), counts.get("updated").getAsInt()));
			}
		}
		for (var element : json.getAsJsonArray("entries")) {
			JsonObject e = element.getAsJsonObject();
			Restoration restoration = null;
			if (e.has("restoredBy") && e.get("restoredBy").isJsonObject()) {
				JsonObject r = e.getAsJsonObject("restoredBy");
				restoration = new Restoration(string(r, "user"), string(r, "host"), Instant.parse(r.get("at").getAsString()));
			}
			report.add(new Entry(Kind.valueOf(e.get("kind").getAsString()), e.get("table").getAsString(),
					UUID.fromString(e.get("recordId").getAsString()), string(e, "record"), string(e, "field"),
					string(e, "offlineValue"), string(e, "mainValue"),
					e.has("subject") && e.get("subject").isJsonObject() ? subject(e.getAsJsonObject("subject")) : null,
					restoration));
		}
		return report;
	}

	private static JsonObject subjectJson(Subject subject) {
		JsonObject s = new JsonObject();
		s.addProperty("procedureId", subject.procedureId() == null ? null : subject.procedureId().toString());
		s.addProperty("debtor", subject.debtor());
		s.addProperty("caseNumber", subject.caseNumber());
		JsonArray facts = new JsonArray();
		for (Fact fact : subject.facts()) {
			JsonObject f = new JsonObject();
			f.addProperty("type", fact.type());
			f.addProperty("value", fact.value());
			facts.add(f);
		}
		s.add("facts", facts);
		s.addProperty("valueType", subject.valueType());
		s.addProperty("offlineName", subject.offlineName());
		s.addProperty("mainName", subject.mainName());
		return s;
	}

	private static Subject subject(JsonObject s) {
		List<Fact> facts = new ArrayList<>();
		for (var f : s.getAsJsonArray("facts")) {
			facts.add(new Fact(string(f.getAsJsonObject(), "type"), string(f.getAsJsonObject(), "value")));
		}
		String procedureId = string(s, "procedureId");
		return new Subject(procedureId == null ? null : UUID.fromString(procedureId), string(s, "debtor"),
				string(s, "caseNumber"), List.copyOf(facts), string(s, "valueType"), string(s, "offlineName"),
				string(s, "mainName"));
	}

	private static String string(JsonObject json, String name) {
		return json.get(name) == null || json.get(name).isJsonNull() ? null : json.get(name).getAsString();
	}

	/**
	 * Writes the report as CSV for a spreadsheet (B1): UTF-8 with a byte-order mark (so Excel reads
	 * Cyrillic), the words of {@link ReportText} (labels, not codes), who synchronized and the counts,
	 * one row per decision under its procedure. Separated by semicolons where the language writes
	 * decimals with a comma (Russian Excel expects them), by commas otherwise.
	 */
	public static void writeCsv(SyncReport report, Writer out) throws IOException {
		ReportText text = new ReportText();
		char separator = java.text.DecimalFormatSymbols.getInstance().getDecimalSeparator() == ',' ? ';' : ',';
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
			csv.printRecord(text.title(report));
			csv.printRecord(text.origin(report));
			csv.printRecord(text.summary(report));
			csv.println();
			csv.printRecord(text.text("Col_no"), text.text("Col_procedure"), text.text("Col_decision"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					text.text("Col_record"), text.text("Col_field"), text.text("Col_offlineCsv"), text.text("Col_mainCsv"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					text.text("Col_restored")); //$NON-NLS-1$
			for (ReportText.Group group : text.groups(report)) {
				csv.printRecord("", group.title(), group.counts()); //$NON-NLS-1$
				for (ReportText.Line line : group.lines()) {
					boolean numeric = line.numeric();
					csv.printRecord(line.no(), group.title(), line.decision(), line.record(), line.field(),
							numeric ? number(line.entry().offlineValue(), separator) : line.offlineValue(),
							numeric ? number(line.entry().mainValue(), separator) : line.mainValue(), line.restored());
				}
			}
		}
	}

	/**
	 * An amount as a number a spreadsheet adds up: digits and the locale's decimal separator, no
	 * grouping, no currency (the column header names it); "" for none.
	 */
	private static String number(String value, char separator) {
		if (value == null || value.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		try {
			String plain = new BigDecimal(value).toPlainString();
			return separator == ';' ? plain.replace('.', ',') : plain;
		} catch (NumberFormatException e) {
			return value; // not a number (a plain-SQL edit): kept as it is
		}
	}

	/** Writes the report to a file: CSV, PDF or JSON (the machine-readable form) by the file's extension. */
	public static void export(SyncReport report, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".pdf")) { //$NON-NLS-1$
			try (java.io.OutputStream out = Files.newOutputStream(file)) {
				PdfReport.write(report, out);
			}
			return;
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			if (name.endsWith(".csv")) { //$NON-NLS-1$
				writeCsv(report, writer);
			} else {
				writer.write(toJson(report));
			}
		}
	}

	/**
	 * A merge's last writes to main: its checkout marked returned, its report kept (B1), and the commit.
	 * Over the office VPN every request is a round trip (issue 21 item 3), and H2's driver prepares every
	 * statement in a request of its own: the three as one statement cost two requests on H2 instead of
	 * six. PostgreSQL's driver sends the two writes in one request, and then the commit.
	 */
	static void storeReturnedAndCommit(Connection main, Dialect dialect, SyncReport report) throws SQLException {
		String sql = MainCheckouts.RETURN + "; " //$NON-NLS-1$
				+ "INSERT INTO SYNC_REPORTS (ID, VERSION, USER_NAME, HOST, FINISHED_AT, REPORT) VALUES (?, 1, ?, ?, ?, ?)" //$NON-NLS-1$
				+ (dialect == Dialect.H2 ? "; COMMIT" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		try (PreparedStatement statement = main.prepareStatement(sql)) {
			MainCheckouts.setReturn(statement, report.checkoutId());
			report.setOrigin(MainCheckouts.userName(), MainCheckouts.hostName());
			statement.setObject(3, report.checkoutId());
			statement.setString(4, report.user());
			statement.setString(5, report.host());
			statement.setTimestamp(6, Timestamp.from(report.finishedAt()));
			statement.setString(7, toJson(report));
			statement.executeUpdate();
		}
		if (dialect != Dialect.H2) {
			main.commit();
		}
	}

	/** The report main keeps for this checkout, or null when it was not merged yet. */
	static SyncReport load(Connection main, UUID checkoutId) throws SQLException {
		try (PreparedStatement select = main.prepareStatement("SELECT REPORT FROM SYNC_REPORTS WHERE ID = ?")) {
			select.setObject(1, checkoutId);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? fromJson(new java.io.StringReader(rs.getString(1))) : null;
			}
		}
	}

	/**
	 * Earlier versions kept every report as a plain JSON file in {@code <workspace>/sync-reports},
	 * personal data in clear (B4). Main keeps every report in SYNC_REPORTS: the plain copies go.
	 */
	static void removePlainReports(Path workspace) {
		Path directory = workspace.resolve("sync-reports"); //$NON-NLS-1$
		if (Files.isDirectory(directory)) {
			WorkspaceCopies.deleteTree(directory);
		}
	}
}
