package pau.bench.floor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The floor of going offline: a bare JDBC program, run as its own process, that copies the same rows as
 * {@code pau-cli go-offline} (the procedures, every row hanging off them, the enterprises and creditors they
 * reference) and the document bytes from main into a fresh AES-encrypted H2 file, in one snapshot of main.
 * No checkout record, no base tables, no digests, no backups: only what any copy has to do.
 * <p>
 * Usage: {@code OfflineCopyFloor MAIN_URL TARGET_FILE KEY ID[,ID...]} (main's user {@code sa}, no password;
 * the target is opened as user {@code PAU} with the password {@code KEY + " "}, as PAU Desk does).
 */
public final class OfflineCopyFloor {

	/** When main() began: the in-process time leaves out the JVM\'s start, as PAU Desk\'s leaves out its own. */
	private static final long STARTED = System.nanoTime();

	/** Tables hanging off PROCEDURES (ON DELETE CASCADE) that go offline with a procedure. */
	static final List<String> CHILDREN = List.of("CLAIMS", "MEETINGS", "DOCUMENTS", "CORRESPONDENCE", "ASSETS",
			"TASKS");

	private static final int BATCH = 500;

	private OfflineCopyFloor() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 4) {
			System.err.println("Usage: OfflineCopyFloor MAIN_URL TARGET_FILE KEY ID[,ID...]");
			System.exit(2);
		}
		List<String> ids = List.of(args[3].split(","));
		String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
		long rows = 0;
		try (Connection main = DriverManager.getConnection(args[0], "sa", "");
				Connection copy = DriverManager.getConnection("jdbc:h2:file:" + args[1] + ";CIPHER=AES", "PAU",
						args[2] + " ")) {
			main.setAutoCommit(false);
			main.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			copy.setAutoCommit(false);
			rows += copy(main, copy, "ENTERPRISES",
					"ID IN (SELECT ENTERPRISE_ID FROM PROCEDURES WHERE ID IN " + in + ")", ids);
			rows += copy(main, copy, "CREDITORS",
					"ID IN (SELECT CREDITOR_ID FROM CLAIMS WHERE PROCEDURE_ID IN " + in + ")", ids);
			rows += copy(main, copy, "PROCEDURES", "ID IN " + in, ids);
			for (String table : CHILDREN) {
				rows += copy(main, copy, table, "PROCEDURE_ID IN " + in, ids);
			}
			copy.commit();
			main.commit();
		}
		System.out.println(rows + " rows copied");
		System.out.println(String.format(java.util.Locale.ROOT, "in-process: %.3f s", (System.nanoTime() - STARTED) / 1e9));
	}

	/** Creates {@code table} in the copy as main has it (columns, types, NOT NULL, primary key) and copies the rows. */
	private static long copy(Connection main, Connection copy, String table, String where, List<String> ids)
			throws SQLException {
		try (PreparedStatement select = main.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
			for (int i = 0; i < ids.size(); i++) {
				select.setObject(i + 1, java.util.UUID.fromString(ids.get(i)));
			}
			try (ResultSet rows = select.executeQuery()) {
				ResultSetMetaData meta = rows.getMetaData();
				int columns = meta.getColumnCount();
				boolean lob = false;
				List<String> names = new ArrayList<>();
				StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table).append(" (");
				for (int c = 1; c <= columns; c++) {
					names.add(meta.getColumnName(c));
					lob |= meta.getColumnType(c) == Types.BLOB;
					ddl.append(c > 1 ? ", " : "").append(meta.getColumnName(c)).append(' ').append(type(meta, c));
					if (meta.isNullable(c) == ResultSetMetaData.columnNoNulls) {
						ddl.append(" NOT NULL");
					}
				}
				ddl.append(", PRIMARY KEY (ID))");
				try (Statement create = copy.createStatement()) {
					create.execute(ddl.toString());
				}
				String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
						+ String.join(", ", Collections.nCopies(columns, "?")) + ")";
				long count = 0;
				try (PreparedStatement target = copy.prepareStatement(insert)) {
					while (rows.next()) {
						for (int c = 1; c <= columns; c++) {
							if (meta.getColumnType(c) == Types.BLOB) {
								target.setBinaryStream(c, rows.getBinaryStream(c)); // streamed, never whole in memory
							} else {
								target.setObject(c, rows.getObject(c));
							}
						}
						count++;
						if (lob) {
							target.executeUpdate(); // a stream must be read before the next row is fetched
						} else {
							target.addBatch();
							if (count % BATCH == 0) {
								target.executeBatch();
							}
						}
					}
					if (!lob) {
						target.executeBatch();
					}
				}
				return count;
			}
		}
	}

	/** The column's SQL type as H2 names it, with length, precision and scale where the type takes them. */
	private static String type(ResultSetMetaData meta, int column) throws SQLException {
		String name = meta.getColumnTypeName(column);
		return switch (meta.getColumnType(column)) {
		case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.VARBINARY -> name + "(" + meta.getPrecision(column) + ")";
		case Types.DECIMAL, Types.NUMERIC -> name + "(" + meta.getPrecision(column) + ", " + meta.getScale(column) + ")";
		default -> name;
		};
	}
}
