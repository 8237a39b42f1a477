package pau.cli.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * A plain SQL client (H2, or PostgreSQL for main) on the databases the product's processes write, as an
 * administrator's script would use one: each call opens its own connection, so nothing stays open
 * between pau-cli runs.
 */
final class Sql {

	private Sql() {
	}

	/** Main over TCP as {@code pau-server} serves it (user {@code sa}, no password). */
	static JdbcDataSource main(String url) {
		JdbcDataSource db = new JdbcDataSource();
		db.setURL(url);
		db.setUser("sa");
		return db;
	}

	/**
	 * An offline copy (its {@code offlineUrl} from {@code status --json}) opened with the key pau-cli
	 * was given in PAU_OFFLINE_KEY; never creates a database.
	 */
	static JdbcDataSource offline(String offlineUrl, String key) {
		JdbcDataSource db = new JdbcDataSource();
		db.setURL(offlineUrl + ";IFEXISTS=TRUE");
		db.setUser("PAU");
		db.setPassword(key + " "); // CIPHER=AES: file password, a space, then the user password (empty)
		return db;
	}

	/** The offline copy that {@code status --json} printed (its offlineUrl), opened with {@code key}. */
	static JdbcDataSource offlineOf(String statusJson, String key) {
		return offline(statusJson.replaceAll("(?s).*\"offlineUrl\":\"([^\"]+)\".*", "$1").strip(), key);
	}

	/** The number in the first column of the first row. */
	static long count(DataSource db, String sql) throws Exception {
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	/** The first column of the first row, or null when there is no row. */
	static String text(DataSource db, String sql) throws Exception {
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			return row.next() ? row.getString(1) : null;
		}
	}

	/** The first column of every row, as text. */
	static List<String> column(DataSource db, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/** The first column of every row, as text, sorted here (H2 and PostgreSQL order UUIDs differently). */
	static List<String> sorted(DataSource db, String sql) throws Exception {
		List<String> values = column(db, sql);
		values.sort(null);
		return values;
	}

	/** One update statement, committed. */
	static void exec(DataSource db, String sql) throws Exception {
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	/** A text field of a one-line JSON object (as {@code status --json} prints it). */
	static String field(String json, String name) {
		return json.replaceAll("(?s).*\"" + name + "\":\"([^\"]+)\".*", "$1");
	}

	/** A new claim of the procedure, made by copying one of its claims as a person would type it in SQL. */
	static void addClaim(DataSource db, String procedureId, String basis, int amount) throws Exception {
		exec(db, "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, FILED_ON, STATUS) "
				+ "SELECT '" + UUID.randomUUID() + "', 1, PROCEDURE_ID, CREDITOR_ID, " + amount + ", QUEUE, '" + basis + "', FILED_ON, STATUS "
				+ "FROM CLAIMS WHERE PROCEDURE_ID = '" + procedureId + "' ORDER BY ID LIMIT 1");
	}
}
