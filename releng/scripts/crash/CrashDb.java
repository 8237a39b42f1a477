import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The crash campaign's database helper (releng/scripts/crash-campaign.sh): plain JDBC, the way an
 * administrator's script or another client would touch the databases. Commands:
 *
 * <pre>
 * sql URL USER PASSWORD SQL...        run statements (auto-commit), print the last query's rows
 * edit-offline URL USER PASSWORD      the offline work: 5 claims inserted in 5 commits, a meeting's result,
 *                                     a claim's amount and a procedure's court changed (each its own commit)
 * edit-main URL USER PASSWORD         the colleagues' work in main: the same court changed, a claim inserted
 * state URL USER PASSWORD FILE        a fingerprint of the database and the values the campaign checks
 * classify PRE OFFLINE POST           main after the fault: "unchanged", "merged" or "BROKEN reason"
 * classify-stayed PRE OFFLINE POST    the same after sync --stay-offline: merged with the checkouts open again
 * classify-discard PRE POST           main after a discard: "unchanged", "returned" or "BROKEN reason"
 * office-edit URL USER PASSWORD W PROCEDURE  workspace W's offline work in an office trial: a claim of the
 *                                     procedure and its court changed, each naming W
 * office-check URL USER PASSWORD CLAIMS PROCEDURE... main after an office's syncs: "merged" (each workspace's
 *                                     claim once, CLAIMS + 8 claims, each court its workspace's, the shared
 *                                     seventh one workspace 7's or 8's (M1), no checkout open, 8 reports) or
 *                                     "BROKEN reason"
 * flip FILE OFFSET LENGTH             inverts LENGTH bytes at OFFSET
 * random-offset SEED INDEX SIZE LENGTH  the INDEX-th random offset (reproducible for SEED) at which
 *                                     LENGTH bytes fit into a file of SIZE bytes
 * </pre>
 */
public final class CrashDb {

	static final int OFFLINE_CLAIMS = 5;
	static final String OFFLINE_BASIS = "crash campaign: claim made offline #";
	static final String MAIN_BASIS = "crash campaign: claim made in main";
	static final String OFFLINE_COURT = "crash campaign: court changed offline";
	static final String MAIN_COURT = "crash campaign: court changed in main";
	static final String OFFLINE_RESULT = "crash campaign: result recorded offline";
	/** Bookkeeping of checkouts and synchronizations; "unchanged" covers them, "merged" checks them apart. */
	static final Set<String> BOOKKEEPING = Set.of("OFFLINE_CHECKOUTS", "SYNC_REPORTS");

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
		case "sql" -> sql(args);
		case "edit-offline" -> {
			try (Connection c = connect(args)) {
				editOffline(c);
			}
		}
		case "edit-main" -> {
			try (Connection c = connect(args)) {
				editMain(c);
			}
		}
		case "state" -> {
			try (Connection c = connect(args)) {
				Files.writeString(Path.of(args[4]), state(c));
			}
		}
		case "classify" -> System.out.println(classify(load(args[1]), load(args[2]), load(args[3]), "0"));
		case "classify-stayed" -> {
			Properties pre = load(args[1]);
			System.out.println(classify(pre, load(args[2]), load(args[3]), pre.getProperty("openCheckouts")));
		}
		case "classify-discard" -> System.out.println(classifyDiscard(load(args[1]), load(args[2])));
		case "office-edit" -> {
			try (Connection c = connect(args)) {
				officeEdit(c, Integer.parseInt(args[4]), args[5]);
			}
		}
		case "office-check" -> {
			try (Connection c = connect(args)) {
				System.out.println(officeCheck(c, Long.parseLong(args[4]), List.of(args).subList(5, args.length)));
			}
		}
		case "flip" -> flip(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
		case "random-offset" -> System.out.println(randomOffset(Long.parseLong(args[1]), Long.parseLong(args[2]),
				Long.parseLong(args[3]), Integer.parseInt(args[4])));
		default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static Connection connect(String[] args) throws SQLException {
		return DriverManager.getConnection(args[1], args[2], args[3]);
	}

	static void sql(String[] args) throws SQLException {
		try (Connection c = connect(args); Statement s = c.createStatement()) {
			for (int i = 4; i < args.length; i++) {
				if (s.execute(args[i])) {
					try (ResultSet rows = s.getResultSet()) {
						int columns = rows.getMetaData().getColumnCount();
						while (rows.next()) {
							List<String> values = new ArrayList<>();
							for (int col = 1; col <= columns; col++) {
								values.add(String.valueOf(rows.getObject(col)));
							}
							System.out.println(String.join("\t", values));
						}
					}
				}
			}
		}
	}

	/** The rows the campaign edits: the first procedure by id, its first claim and meeting, the first creditor. */
	record Targets(UUID procedure, UUID claim, UUID meeting, UUID creditor) {
		static Targets find(Connection c) throws SQLException {
			// Ordered by the id's text: H2 and PostgreSQL order UUIDs differently.
			UUID procedure = first(c, "SELECT ID FROM PROCEDURES P WHERE EXISTS (SELECT 1 FROM CLAIMS C WHERE C.PROCEDURE_ID = P.ID) "
					+ "AND EXISTS (SELECT 1 FROM MEETINGS M WHERE M.PROCEDURE_ID = P.ID) ORDER BY CAST(ID AS VARCHAR(36))");
			return new Targets(procedure,
					first(c, "SELECT ID FROM CLAIMS WHERE PROCEDURE_ID = '" + procedure + "' AND BASIS NOT LIKE 'crash campaign%' ORDER BY CAST(ID AS VARCHAR(36))"),
					first(c, "SELECT ID FROM MEETINGS WHERE PROCEDURE_ID = '" + procedure + "' ORDER BY CAST(ID AS VARCHAR(36))"),
					first(c, "SELECT ID FROM CREDITORS ORDER BY CAST(ID AS VARCHAR(36))"));
		}

		Set<UUID> all() {
			Set<UUID> ids = new TreeSet<>(List.of(procedure, claim, meeting));
			for (int i = 1; i <= OFFLINE_CLAIMS; i++) {
				ids.add(offlineClaim(i));
			}
			ids.add(mainClaim());
			return ids;
		}
	}

	static UUID offlineClaim(int i) {
		return UUID.nameUUIDFromBytes(("crash-offline-claim-" + i).getBytes(StandardCharsets.UTF_8));
	}

	static UUID mainClaim() {
		return UUID.nameUUIDFromBytes("crash-main-claim".getBytes(StandardCharsets.UTF_8));
	}

	static UUID first(Connection c, String query) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
			if (!rows.next()) {
				throw new IllegalStateException("Nothing for " + query);
			}
			return rows.getObject(1, UUID.class);
		}
	}

	static void insertClaim(Connection c, Targets t, UUID id, BigDecimal amount, String basis) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, FILED_ON, STATUS) "
				+ "SELECT ?, 1, PROCEDURE_ID, ?, ?, QUEUE, ?, FILED_ON, STATUS FROM CLAIMS WHERE ID = ?")) {
			insert.setObject(1, id);
			insert.setObject(2, t.creditor());
			insert.setBigDecimal(3, amount);
			insert.setString(4, basis);
			insert.setObject(5, t.claim());
			if (insert.executeUpdate() != 1) {
				throw new IllegalStateException("claim not inserted");
			}
		}
	}

	static void editOffline(Connection c) throws SQLException {
		c.setAutoCommit(true); // every statement its own commit, as a plain client makes them
		Targets t = Targets.find(c);
		for (int i = 1; i <= OFFLINE_CLAIMS; i++) {
			insertClaim(c, t, offlineClaim(i), new BigDecimal(1000 + i + ".25"), OFFLINE_BASIS + i);
		}
		update(c, "UPDATE MEETINGS SET RESULT = ? WHERE ID = ?", OFFLINE_RESULT, t.meeting());
		update(c, "UPDATE CLAIMS SET AMOUNT = AMOUNT + 1 WHERE ID = ?", null, t.claim());
		update(c, "UPDATE PROCEDURES SET COURT = ? WHERE ID = ?", OFFLINE_COURT, t.procedure());
	}

	static void editMain(Connection c) throws SQLException {
		c.setAutoCommit(true);
		Targets t = Targets.find(c);
		update(c, "UPDATE PROCEDURES SET COURT = ? WHERE ID = ?", MAIN_COURT, t.procedure());
		insertClaim(c, t, mainClaim(), new BigDecimal("777.77"), MAIN_BASIS);
	}

	static void update(Connection c, String sql, String value, UUID id) throws SQLException {
		try (PreparedStatement update = c.prepareStatement(sql)) {
			int p = 1;
			if (value != null) {
				update.setString(p++, value);
			}
			update.setObject(p, id);
			if (update.executeUpdate() != 1) {
				throw new IllegalStateException("not updated: " + sql);
			}
		}
	}

	/**
	 * all: every row of every public table; other: the domain tables without the rows the campaign
	 * edits; then the edited values one by one.
	 */
	static String state(Connection c) throws Exception {
		Targets t = Targets.find(c);
		Set<String> edited = new TreeSet<>();
		t.all().forEach(id -> edited.add(id.toString()));
		MessageDigest all = MessageDigest.getInstance("SHA-256");
		MessageDigest other = MessageDigest.getInstance("SHA-256");
		List<String> tables = new ArrayList<>();
		DatabaseMetaData meta = c.getMetaData();
		String schema = meta.getDatabaseProductName().startsWith("H2") ? "PUBLIC" : "public";
		try (ResultSet rows = meta.getTables(null, schema, "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		tables.sort(null);
		long rowCount = 0;
		for (String table : tables) {
			List<String> rowHashes = new ArrayList<>();
			List<String> otherHashes = new ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
				ResultSetMetaData columns = rows.getMetaData();
				while (rows.next()) {
					MessageDigest row = MessageDigest.getInstance("SHA-256");
					String id = null;
					for (int col = 1; col <= columns.getColumnCount(); col++) {
						String name = columns.getColumnName(col).toUpperCase();
						Object value = name.equals("CONTENT") ? rows.getBytes(col) : rows.getObject(col);
						String text = value instanceof byte[] bytes ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
								: value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
						if (name.equals("ID")) {
							id = text;
						}
						row.update((name + "=" + text + "\u0001").getBytes(StandardCharsets.UTF_8));
					}
					String hash = HexFormat.of().formatHex(row.digest());
					rowHashes.add(hash);
					if (!BOOKKEEPING.contains(table.toUpperCase()) && !edited.contains(id)) {
						otherHashes.add(hash);
					}
					rowCount++;
				}
			}
			rowHashes.sort(null);
			otherHashes.sort(null);
			all.update(table.getBytes(StandardCharsets.UTF_8));
			rowHashes.forEach(h -> all.update(h.getBytes(StandardCharsets.UTF_8)));
			if (!BOOKKEEPING.contains(table.toUpperCase())) {
				other.update(table.getBytes(StandardCharsets.UTF_8));
				otherHashes.forEach(h -> other.update(h.getBytes(StandardCharsets.UTF_8)));
			}
		}
		Map<String, String> p = new LinkedHashMap<>();
		p.put("all", HexFormat.of().formatHex(all.digest()));
		p.put("other", HexFormat.of().formatHex(other.digest()));
		p.put("rows", Long.toString(rowCount));
		p.put("claims", value(c, "SELECT COUNT(*) FROM CLAIMS"));
		List<String> offline = new ArrayList<>();
		for (int i = 1; i <= OFFLINE_CLAIMS; i++) {
			offline.add(value(c, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = '" + OFFLINE_BASIS + i + "'"));
		}
		p.put("offlineClaims", String.join(",", offline)); // how often each offline claim is there
		p.put("offlineClaimValues", offlineClaimValues(c));
		p.put("mainClaim", value(c, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = '" + MAIN_BASIS + "'"));
		p.put("court", value(c, "SELECT COURT FROM PROCEDURES WHERE ID = '" + t.procedure() + "'"));
		p.put("result", value(c, "SELECT RESULT FROM MEETINGS WHERE ID = '" + t.meeting() + "'"));
		p.put("amount", new BigDecimal(value(c, "SELECT AMOUNT FROM CLAIMS WHERE ID = '" + t.claim() + "'")).stripTrailingZeros().toPlainString());
		if (tables.stream().anyMatch(n -> n.equalsIgnoreCase("SYNC_REPORTS"))) {
			p.put("reports", value(c, "SELECT COUNT(*) FROM SYNC_REPORTS"));
			p.put("openCheckouts", value(c, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"));
		}
		StringBuilder out = new StringBuilder();
		// Properties' escapes, so that values with line breaks read back as they are.
		p.forEach((k, v) -> out.append(k).append('=').append(v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n'));
		return out.toString();
	}

	/**
	 * The values of the claims made offline, as the merge must copy them to main: a value changed in
	 * the offline file on its way would differ here (ids and dates as text, amounts without trailing zeros).
	 */
	static String offlineClaimValues(Connection c) throws Exception {
		StringBuilder values = new StringBuilder();
		for (int i = 1; i <= OFFLINE_CLAIMS; i++) {
			try (PreparedStatement s = c.prepareStatement("SELECT PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, FILED_ON, STATUS FROM CLAIMS WHERE ID = ?")) {
				s.setObject(1, offlineClaim(i));
				try (ResultSet rows = s.executeQuery()) {
					while (rows.next()) {
						values.append(i).append(':').append(rows.getString(1)).append('/').append(rows.getString(2)).append('/')
								.append(rows.getBigDecimal(3).stripTrailingZeros().toPlainString());
						for (int col = 4; col <= 7; col++) {
							values.append('/').append(rows.getString(col));
						}
						values.append(';');
					}
				}
			}
		}
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(values.toString().getBytes(StandardCharsets.UTF_8)));
	}

	static String value(Connection c, String query) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(query)) {
			return rows.next() ? String.valueOf(rows.getObject(1)) : "";
		}
	}

	static Properties load(String file) throws IOException {
		Properties p = new Properties();
		try (var in = Files.newBufferedReader(Path.of(file))) {
			p.load(in);
		}
		return p;
	}

	/**
	 * Main after the fault, against main before it and the offline copy as it was merged from:
	 * unchanged (every row of every table as before), merged (exactly the offline work once, main's
	 * court kept (M1), every other row as before, the checkout returned and one report more) or broken.
	 */
	static String classify(Properties pre, Properties offline, Properties post, String openCheckouts) {
		if (pre.getProperty("all").equals(post.getProperty("all"))) {
			return "unchanged";
		}
		List<String> wrong = new ArrayList<>();
		expect(wrong, "other rows", pre.getProperty("other"), post.getProperty("other"));
		expect(wrong, "offline claims (count of each)", offline.getProperty("offlineClaims"), post.getProperty("offlineClaims"));
		expect(wrong, "offline claims' values", offline.getProperty("offlineClaimValues"), post.getProperty("offlineClaimValues"));
		expect(wrong, "main's claim", "1", post.getProperty("mainClaim"));
		expect(wrong, "court (main wins, M1)", pre.getProperty("court"), post.getProperty("court"));
		expect(wrong, "meeting result", offline.getProperty("result"), post.getProperty("result"));
		expect(wrong, "claim amount", offline.getProperty("amount"), post.getProperty("amount"));
		int offlineNew = 0;
		for (String n : offline.getProperty("offlineClaims").split(",")) {
			offlineNew += Integer.parseInt(n);
		}
		expect(wrong, "claims", Long.toString(Long.parseLong(pre.getProperty("claims")) + offlineNew), post.getProperty("claims"));
		expect(wrong, "reports", Long.toString(Long.parseLong(pre.getProperty("reports")) + 1), post.getProperty("reports"));
		expect(wrong, "open checkouts", openCheckouts, post.getProperty("openCheckouts"));
		return wrong.isEmpty() ? "merged" : "BROKEN " + String.join("; ", wrong);
	}

	/**
	 * Main after a discard, against main before it: unchanged (every row as before: the checkout not
	 * yet returned), returned (only the checkout marked returned: every other row, the edited values
	 * and the reports as before, nothing of the offline work) or broken.
	 */
	static String classifyDiscard(Properties pre, Properties post) {
		if (pre.getProperty("all").equals(post.getProperty("all"))) {
			return "unchanged";
		}
		List<String> wrong = new ArrayList<>();
		for (String key : List.of("other", "rows", "claims", "offlineClaims", "offlineClaimValues", "mainClaim", "court", "result", "amount", "reports")) {
			expect(wrong, key, pre.getProperty(key), post.getProperty(key));
		}
		expect(wrong, "open checkouts", "0", post.getProperty("openCheckouts"));
		return wrong.isEmpty() ? "returned" : "BROKEN " + String.join("; ", wrong);
	}

	static void expect(List<String> wrong, String what, String expected, String actual) {
		if (!String.valueOf(expected).equals(String.valueOf(actual))) {
			wrong.add(what + ": expected " + expected + ", is " + actual);
		}
	}

	static final String OFFICE_BASIS = "crash campaign office: claim of workspace ";
	static final String OFFICE_COURT = "crash campaign office: court of workspace ";

	/** Workspace {@code w}'s offline work: a claim of its procedure (a copy of one) and the procedure's court. */
	static void officeEdit(Connection c, int w, String procedure) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, FILED_ON, STATUS) "
					+ "SELECT '" + UUID.randomUUID() + "', 1, PROCEDURE_ID, CREDITOR_ID, " + (5000 + w) + ", QUEUE, '" + OFFICE_BASIS + w
					+ "', FILED_ON, STATUS FROM CLAIMS WHERE PROCEDURE_ID = '" + procedure + "' ORDER BY ID LIMIT 1");
			s.executeUpdate("UPDATE PROCEDURES SET COURT = '" + OFFICE_COURT + w + "' WHERE ID = '" + procedure + "'");
		}
	}

	/** Main after an office of eight synchronized (procedures in the order the workspaces took them, the last shared). */
	static String officeCheck(Connection c, long claimsBefore, List<String> procedures) throws SQLException {
		List<String> wrong = new ArrayList<>();
		int office = procedures.size() + 1;
		for (int w = 1; w <= office; w++) {
			expect(wrong, "claims of workspace " + w, "1", value(c, "SELECT COUNT(*) FROM CLAIMS WHERE BASIS = '" + OFFICE_BASIS + w + "'"));
		}
		expect(wrong, "claims", Long.toString(claimsBefore + office), value(c, "SELECT COUNT(*) FROM CLAIMS"));
		for (int w = 1; w < office; w++) {
			String court = value(c, "SELECT COURT FROM PROCEDURES WHERE ID = '" + procedures.get(w - 1) + "'");
			if (w < office - 1) {
				expect(wrong, "court of " + w, OFFICE_COURT + w, court);
			} else if (!court.equals(OFFICE_COURT + w) && !court.equals(OFFICE_COURT + office)) {
				wrong.add("shared court (M1: the first to commit): " + court);
			}
		}
		expect(wrong, "open checkouts", "0", value(c, "SELECT COUNT(*) FROM OFFLINE_CHECKOUTS WHERE RETURNED_AT IS NULL"));
		expect(wrong, "reports", Integer.toString(office), value(c, "SELECT COUNT(*) FROM SYNC_REPORTS"));
		return wrong.isEmpty() ? "merged" : "BROKEN " + String.join("; ", wrong);
	}

	static long randomOffset(long seed, long index, long size, int length) {
		// One generator per damage: the INDEX-th offset does not depend on how many came before it.
		return new Random(seed * 1_000_003L + index).nextLong(Math.max(1, size - length + 1));
	}

	static void flip(Path file, long offset, int length) throws IOException {
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			byte[] bytes = new byte[length];
			f.seek(offset);
			f.readFully(bytes);
			for (int i = 0; i < length; i++) {
				bytes[i] = (byte) ~bytes[i];
			}
			f.seek(offset);
			f.write(bytes);
			f.getFD().sync();
		}
	}
}
