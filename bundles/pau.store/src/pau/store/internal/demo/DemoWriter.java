package pau.store.internal.demo;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Batched INSERTs into the public schema, in portable SQL (plain INSERT, UUIDs and java.time values via
 * {@code setObject}). {@link #flush()} executes the batches parents first, so foreign keys hold; the writer
 * also counts the rows.
 */
public final class DemoWriter implements AutoCloseable {

	private final Connection connection;
	private final Table enterprises;
	private final Table creditors;
	private final Table procedures;
	private final Table claims;
	private final Table meetings;
	private final Table documents;
	private final Table correspondence;
	private final Table[] inOrder;
	/** Tables written through {@link #row}, by their INSERT, in the order of their first row. */
	private final Map<String, Table> others = new LinkedHashMap<>();
	private long documentBytes;

	/** Prepares the statements on the connection; the caller owns the transaction. */
	public DemoWriter(Connection connection) throws SQLException {
		this.connection = connection;
		Table[] tables = new Table[7];
		int count = 0;
		try {
			tables[count++] = enterprises = new Table(connection,
					"INSERT INTO ENTERPRISES (ID, VERSION, NAME, INN, OGRN, ADDRESS) VALUES (?, 1, ?, ?, ?, ?)");
			tables[count++] = creditors = new Table(connection,
					"INSERT INTO CREDITORS (ID, VERSION, NAME, INN) VALUES (?, 1, ?, ?)");
			tables[count++] = procedures = new Table(connection,
					"INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, CASE_NUMBER, COURT, START_DATE, END_DATE, STATUS)"
							+ " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
			tables[count++] = claims = new Table(connection,
					"INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, FILED_ON, STATUS)"
							+ " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
			tables[count++] = meetings = new Table(connection,
					"INSERT INTO MEETINGS (ID, VERSION, PROCEDURE_ID, HELD_AT, PLACE, AGENDA, RESULT)"
							+ " VALUES (?, 1, ?, ?, ?, ?, ?)");
			tables[count++] = documents = new Table(connection,
					"INSERT INTO DOCUMENTS (ID, VERSION, PROCEDURE_ID, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, CONTENT)"
							+ " VALUES (?, 1, ?, ?, ?, ?, ?, ?)");
			tables[count++] = correspondence = new Table(connection,
					"INSERT INTO CORRESPONDENCE (ID, VERSION, PROCEDURE_ID, DIRECTION, SENT_ON, REF_NUMBER, COUNTERPARTY,"
							+ " SUBJECT, DOCUMENT_ID) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
		} catch (SQLException e) {
			for (int i = 0; i < count; i++) {
				tables[i].close(e);
			}
			throw e;
		}
		inOrder = tables;
	}

	/** Adds a debtor. */
	public void enterprise(Debtor debtor) throws SQLException {
		enterprises.add(debtor.id(), debtor.name(), debtor.inn(), debtor.ogrn(), debtor.address());
	}

	/** Adds a creditor. */
	public void creditor(UUID id, String name, String inn) throws SQLException {
		creditors.add(id, name, inn);
	}

	/** Adds a procedure. */
	public void procedure(PlannedProcedure procedure) throws SQLException {
		procedures.add(procedure.id(), procedure.debtor().id(), procedure.kind().name(), procedure.caseNumber(),
				procedure.court(), procedure.start(), procedure.end(), procedure.status());
	}

	/** Adds a claim. */
	public void claim(UUID id, UUID procedure, UUID creditor, BigDecimal amount, String queue, String basis,
			LocalDate filedOn, String status) throws SQLException {
		claims.add(id, procedure, creditor, amount, queue, basis, filedOn, status);
	}

	/** Adds a meeting of creditors; {@code result} is {@code null} for a meeting yet to be held. */
	public void meeting(UUID id, UUID procedure, LocalDateTime heldAt, String place, String agenda, String result)
			throws SQLException {
		meetings.add(id, procedure, heldAt, place, agenda, result);
	}

	/**
	 * Adds a document whose content is read from the stream by the driver (no length given, so nothing needs
	 * the whole content in memory); size and digest were computed beforehand from an identical stream.
	 */
	public void document(UUID id, UUID procedure, String fileName, String mediaType, long size, String sha256,
			InputStream content) throws SQLException {
		documents.add(id, procedure, fileName, mediaType, size, sha256, content);
		documentBytes += size;
	}

	/** Adds a letter; {@code document} may be {@code null}. */
	public void letter(UUID id, UUID procedure, String direction, LocalDate sentOn, String refNumber,
			String counterparty, String subject, UUID document) throws SQLException {
		correspondence.add(id, procedure, direction, sentOn, refNumber, counterparty, subject, document);
	}

	/**
	 * Adds a row to a table that has no method of its own here (a procedure's property inventory, its tasks): the
	 * INSERT is prepared at the first row and runs after the tables above, so the row's procedure is there first.
	 * {@code VERSION} is 1.
	 *
	 * @param table the table
	 * @param columns the columns the values are for, in their order
	 * @param values one value per column
	 */
	public void row(String table, List<String> columns, Object... values) throws SQLException {
		if (columns.size() != values.length) {
			throw new IllegalArgumentException(table + ": " + columns.size() + " columns, " + values.length + " values");
		}
		String sql = "INSERT INTO " + table + " (VERSION, " + String.join(", ", columns) + ") VALUES (1"
				+ ", ?".repeat(values.length) + ")";
		Table rows = others.get(sql);
		if (rows == null) {
			rows = new Table(connection, sql);
			others.put(sql, rows);
		}
		rows.add(values);
	}

	/** Rows added but not yet executed. */
	public int pending() {
		int pending = 0;
		for (Table table : inOrder) {
			pending += table.pending;
		}
		for (Table table : others.values()) {
			pending += table.pending;
		}
		return pending;
	}

	/** Executes the pending batches, parents before children. */
	public void flush() throws SQLException {
		for (Table table : inOrder) {
			table.execute();
		}
		for (Table table : others.values()) {
			table.execute();
		}
	}

	/** Executes the pending batches and commits. */
	public void commit() throws SQLException {
		flush();
		connection.commit();
	}

	/**
	 * Rows written so far, as {enterprises, creditors, procedures, claims, meetings, documents, letters}; rows written
	 * through {@link #row} are not counted.
	 */
	public long[] counts() {
		long[] counts = new long[inOrder.length];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = inOrder[i].executed;
		}
		return counts;
	}

	/** Total size of the documents written so far. */
	public long documentBytes() {
		return documentBytes;
	}

	@Override
	public void close() throws SQLException {
		SQLException failure = null;
		for (Table table : inOrder) {
			failure = table.close(failure);
		}
		for (Table table : others.values()) {
			failure = table.close(failure);
		}
		if (failure != null) {
			throw failure;
		}
	}

	/** One statement with its batch. */
	private static final class Table {
		final PreparedStatement statement;
		int pending;
		long executed;

		Table(Connection connection, String sql) throws SQLException {
			statement = connection.prepareStatement(sql);
		}

		/**
		 * Binds one row in column order and adds it to the batch: streams as streamed binary content,
		 * nulls untyped (both dialects take the column's type), everything else through setObject.
		 */
		void add(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value instanceof InputStream stream) {
					statement.setBinaryStream(i + 1, stream);
				} else if (value == null) {
					statement.setNull(i + 1, Types.NULL);
				} else {
					statement.setObject(i + 1, value);
				}
			}
			statement.addBatch();
			pending++;
		}

		void execute() throws SQLException {
			if (pending > 0) {
				statement.executeBatch();
				executed += pending;
				pending = 0;
			}
		}

		SQLException close(SQLException failure) {
			try {
				statement.close();
			} catch (SQLException e) {
				if (failure == null) {
					return e;
				}
				failure.addSuppressed(e);
			}
			return failure;
		}
	}
}
