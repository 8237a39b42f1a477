package pau.store.internal.demo;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
		PreparedStatement insert = enterprises.statement;
		insert.setObject(1, debtor.id());
		insert.setString(2, debtor.name());
		setString(insert, 3, debtor.inn());
		setString(insert, 4, debtor.ogrn());
		insert.setString(5, debtor.address());
		enterprises.add();
	}

	/** Adds a creditor. */
	public void creditor(UUID id, String name, String inn) throws SQLException {
		PreparedStatement insert = creditors.statement;
		insert.setObject(1, id);
		insert.setString(2, name);
		setString(insert, 3, inn);
		creditors.add();
	}

	/** Adds a procedure. */
	public void procedure(PlannedProcedure procedure) throws SQLException {
		PreparedStatement insert = procedures.statement;
		insert.setObject(1, procedure.id());
		insert.setObject(2, procedure.debtor().id());
		insert.setString(3, procedure.kind().name());
		insert.setString(4, procedure.caseNumber());
		insert.setString(5, procedure.court());
		insert.setObject(6, procedure.start());
		if (procedure.end() != null) {
			insert.setObject(7, procedure.end());
		} else {
			insert.setNull(7, Types.DATE);
		}
		insert.setString(8, procedure.status());
		procedures.add();
	}

	/** Adds a claim. */
	public void claim(UUID id, UUID procedure, UUID creditor, BigDecimal amount, String queue, String basis,
			LocalDate filedOn, String status) throws SQLException {
		PreparedStatement insert = claims.statement;
		insert.setObject(1, id);
		insert.setObject(2, procedure);
		insert.setObject(3, creditor);
		insert.setBigDecimal(4, amount);
		insert.setString(5, queue);
		insert.setString(6, basis);
		insert.setObject(7, filedOn);
		insert.setString(8, status);
		claims.add();
	}

	/** Adds a meeting of creditors; {@code result} is {@code null} for a meeting yet to be held. */
	public void meeting(UUID id, UUID procedure, LocalDateTime heldAt, String place, String agenda, String result)
			throws SQLException {
		PreparedStatement insert = meetings.statement;
		insert.setObject(1, id);
		insert.setObject(2, procedure);
		insert.setObject(3, heldAt);
		insert.setString(4, place);
		insert.setString(5, agenda);
		setString(insert, 6, result);
		meetings.add();
	}

	/**
	 * Adds a document whose content is read from the stream by the driver (no length given, so nothing needs
	 * the whole content in memory); size and digest were computed beforehand from an identical stream.
	 */
	public void document(UUID id, UUID procedure, String fileName, String mediaType, long size, String sha256,
			InputStream content) throws SQLException {
		PreparedStatement insert = documents.statement;
		insert.setObject(1, id);
		insert.setObject(2, procedure);
		insert.setString(3, fileName);
		insert.setString(4, mediaType);
		insert.setLong(5, size);
		insert.setString(6, sha256);
		insert.setBinaryStream(7, content);
		documents.add();
		documentBytes += size;
	}

	/** Adds a letter; {@code document} may be {@code null}. */
	public void letter(UUID id, UUID procedure, String direction, LocalDate sentOn, String refNumber,
			String counterparty, String subject, UUID document) throws SQLException {
		PreparedStatement insert = correspondence.statement;
		insert.setObject(1, id);
		insert.setObject(2, procedure);
		insert.setString(3, direction);
		insert.setObject(4, sentOn);
		insert.setString(5, refNumber);
		insert.setString(6, counterparty);
		insert.setString(7, subject);
		if (document != null) {
			insert.setObject(8, document);
		} else {
			insert.setNull(8, Types.OTHER);
		}
		correspondence.add();
	}

	/** Rows added but not yet executed. */
	public int pending() {
		int pending = 0;
		for (Table table : inOrder) {
			pending += table.pending;
		}
		return pending;
	}

	/** Executes the pending batches, parents before children. */
	public void flush() throws SQLException {
		for (Table table : inOrder) {
			table.execute();
		}
	}

	/** Executes the pending batches and commits. */
	public void commit() throws SQLException {
		flush();
		connection.commit();
	}

	/** Rows written so far, as {enterprises, creditors, procedures, claims, meetings, documents, letters}. */
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
		if (failure != null) {
			throw failure;
		}
	}

	private static void setString(PreparedStatement insert, int index, String value) throws SQLException {
		if (value != null) {
			insert.setString(index, value);
		} else {
			insert.setNull(index, Types.VARCHAR);
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

		void add() throws SQLException {
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
