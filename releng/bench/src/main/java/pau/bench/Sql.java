package pau.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The benchmark's own JDBC: preparing and checking, never timed. */
final class Sql {

	/** The tables a copy of procedures holds, parents first. */
	static final List<String> COPIED = List.of("ENTERPRISES", "CREDITORS", "PROCEDURES", "CLAIMS", "MEETINGS",
			"DOCUMENTS", "CORRESPONDENCE", "ASSETS", "TASKS");

	private Sql() {
	}

	static Connection main(String url) throws SQLException {
		return DriverManager.getConnection(url, "sa", "");
	}

	/** An AES-encrypted H2 file opened as PAU Desk opens its offline databases (user PAU, password key + " "). */
	static Connection encrypted(String url) throws SQLException {
		return DriverManager.getConnection(url + (url.contains("IFEXISTS") ? "" : ";IFEXISTS=TRUE"), "PAU",
				Product.KEY + " ");
	}

	static long number(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

	/** {@code (?, ?, …)} for {@code n} parameters. */
	static String in(int n) {
		return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
	}

	/** Rows per table of {@link #COPIED} in a copy (PAU Desk's or the floor's). */
	static Map<String, Long> rowCounts(Connection copy) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : COPIED) {
			counts.put(table, number(copy, "SELECT COUNT(*) FROM " + table));
		}
		return counts;
	}

	/** Rows per table of {@link #COPIED} that going offline with {@code procedures} copies from main. */
	static Map<String, Long> rowCounts(Connection main, List<UUID> procedures) throws SQLException {
		Object[] ids = procedures.toArray();
		String in = in(ids.length);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("ENTERPRISES", number(main,
				"SELECT COUNT(DISTINCT ENTERPRISE_ID) FROM PROCEDURES WHERE ID IN " + in, ids));
		counts.put("CREDITORS", number(main,
				"SELECT COUNT(DISTINCT CREDITOR_ID) FROM CLAIMS WHERE PROCEDURE_ID IN " + in, ids));
		counts.put("PROCEDURES", (long) ids.length);
		for (String table : COPIED.subList(3, COPIED.size())) {
			counts.put(table, number(main, "SELECT COUNT(*) FROM " + table + " WHERE PROCEDURE_ID IN " + in, ids));
		}
		return counts;
	}

	static List<UUID> uuids(Connection connection, String sql, Object... parameters) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
			}
		}
		return ids;
	}
}
