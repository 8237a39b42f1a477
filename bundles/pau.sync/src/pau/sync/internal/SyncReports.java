package pau.sync.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
import pau.sync.SyncReport.Kind;

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
		json.addProperty("finishedAt", report.finishedAt() == null ? null : report.finishedAt().toString());
		json.add("inserted", GSON.toJsonTree(report.inserted()));
		json.add("updated", GSON.toJsonTree(report.updated()));
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
		if (!json.get("finishedAt").isJsonNull()) {
			report.setFinishedAt(Instant.parse(json.get("finishedAt").getAsString()));
		}
		for (Map.Entry<String, com.google.gson.JsonElement> count : json.getAsJsonObject("inserted").entrySet()) {
			report.inserted().put(count.getKey(), count.getValue().getAsInt());
		}
		for (Map.Entry<String, com.google.gson.JsonElement> count : json.getAsJsonObject("updated").entrySet()) {
			report.updated().put(count.getKey(), count.getValue().getAsInt());
		}
		for (var element : json.getAsJsonArray("entries")) {
			JsonObject e = element.getAsJsonObject();
			report.add(new Entry(Kind.valueOf(e.get("kind").getAsString()), e.get("table").getAsString(),
					UUID.fromString(e.get("recordId").getAsString()), string(e, "record"), string(e, "field"),
					string(e, "offlineValue"), string(e, "mainValue")));
		}
		return report;
	}

	private static String string(JsonObject json, String name) {
		return json.get(name) == null || json.get(name).isJsonNull() ? null : json.get(name).getAsString();
	}

	/** Writes the decisions as CSV, one row per decision, with a header. */
	public static void writeCsv(SyncReport report, Writer out) throws IOException {
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
				.setHeader("kind", "table", "recordId", "record", "field", "offlineValue", "mainValue").get())) {
			for (Entry entry : report.entries()) {
				csv.printRecord(entry.kind(), entry.table(), entry.recordId(), entry.record(), entry.field(),
						entry.offlineValue(), entry.mainValue());
			}
		}
	}

	/** Writes the report to a file, JSON or CSV by the file's extension. */
	public static void export(SyncReport report, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
				writeCsv(report, writer);
			} else {
				writer.write(toJson(report));
			}
		}
	}

	/** Keeps the report in main, in the synchronization's transaction. */
	static void store(Connection main, Dialect dialect, SyncReport report) throws SQLException {
		try (PreparedStatement insert = main.prepareStatement(
				"INSERT INTO SYNC_REPORTS (ID, VERSION, USER_NAME, HOST, FINISHED_AT, REPORT) VALUES (?, 1, ?, ?, ?, ?)")) {
			insert.setObject(1, report.checkoutId());
			insert.setString(2, CheckoutCopy.userName());
			insert.setString(3, CheckoutCopy.hostName());
			insert.setTimestamp(4, Timestamp.from(report.finishedAt()));
			insert.setString(5, toJson(report));
			insert.executeUpdate();
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
