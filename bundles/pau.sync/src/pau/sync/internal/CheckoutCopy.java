package pau.sync.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.h2.jdbc.JdbcConnection;

import pau.store.ContentStreams;
import pau.store.Dialect;
import pau.store.RowDigests;
import pau.sync.SyncException;

/**
 * Going offline: copies the selected procedures with everything they need from one consistent
 * snapshot of main into the offline database, and keeps there the checkout-time state of every
 * copied row (SYNC_BASE_* tables) for the three-way merge later.
 */
final class CheckoutCopy {

	private static final int BATCH = 500;

	/**
	 * Procedures copied together, each table of them in one query: over a VPN every query costs a round
	 * trip, and one procedure at a time made ~20 of them per procedure.
	 */
	private static final int GROUP = 50;

	/** Rows written to the new copy between two of its intermediate commits (see {@link #commitPart()}). */
	private static final int COMMIT_ROWS = 5_000;

	private final Connection main;
	private final Dialect mainDialect;
	private final Connection offline;
	private final SyncSchema schema;
	/** The copy's tables with change marks: a row copied is as taken, so unmarked ({@link ChangeMarks}). */
	private final Set<String> marked;
	private long rows;
	private long bytes;
	/** {@link #rows} at the last intermediate commit. */
	private long committedRows;
	/**
	 * Adding procedures to a copy in use (issue 20, take): one transaction, which the caller commits
	 * (sealed), and no reference row the copy holds already or held when it was taken is copied again.
	 */
	private boolean adding;
	/** Another copy whose document content may be taken instead of main's (issue 20, B15), or null. */
	private Connection local;
	private Map<String, UUID> localBySha = Map.of();
	private long reusedBytes;

	/** The offline database's schema (made by the changelog) says what is copied. */
	CheckoutCopy(Connection main, Dialect mainDialect, Connection offline) throws SQLException {
		this.main = main;
		this.mainDialect = mainDialect;
		this.offline = offline;
		this.schema = SyncSchema.read(offline);
		this.marked = ChangeMarks.tables(offline);
	}

	/**
	 * Makes {@link #copy} add procedures to a copy in use (issue 20, take): reference rows the copy
	 * holds, or held as taken (then deleted offline, M5), stay as they are, and nothing is committed
	 * in parts.
	 */
	CheckoutCopy adding() {
		adding = true;
		return this;
	}

	/**
	 * Document content the other copy holds (same SHA-256) is copied from it, on this computer, instead
	 * of across the link from main (issue 20, B15: documents move once); it is verified like main's.
	 */
	CheckoutCopy reusingContentOf(Connection otherCopy) throws SQLException {
		Map<String, UUID> bySha = new java.util.HashMap<>();
		try (Statement statement = otherCopy.createStatement();
				ResultSet rs = statement.executeQuery("SELECT SHA256, ID FROM DOCUMENTS WHERE SHA256 IS NOT NULL AND CONTENT IS NOT NULL")) {
			while (rs.next()) {
				bySha.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class));
			}
		}
		local = otherCopy;
		localBySha = bySha;
		return this;
	}

	/** Bytes of document content taken from the other copy rather than from main. */
	long reusedBytes() {
		return reusedBytes;
	}

	/** Creates the sync engine's own tables in the offline database. */
	static void createSyncTables(Connection offline) throws SQLException {
		try (Statement statement = offline.createStatement()) {
			for (TableSpec table : SyncSchema.read(offline).all()) {
				statement.execute("CREATE TABLE " + table.baseTable() + " AS SELECT " + table.selectList() + " FROM "
						+ table.name() + " WITH NO DATA");
				statement.execute("ALTER TABLE " + table.baseTable() + " ALTER COLUMN ID SET NOT NULL");
				statement.execute("ALTER TABLE " + table.baseTable() + " ADD PRIMARY KEY (ID)");
			}
			statement.execute("CREATE TABLE SYNC_INFO (ID UUID PRIMARY KEY, VERSION BIGINT NOT NULL, "
					+ "ORIGIN_DATABASE_ID UUID NOT NULL, ORIGIN_URL VARCHAR(1000) NOT NULL, SCHEMA_VERSION INTEGER NOT NULL, "
					+ "CHECKED_OUT_AT TIMESTAMP NOT NULL, USER_NAME VARCHAR(200), HOST VARCHAR(200))");
			statement.execute("CREATE TABLE SYNC_PROCEDURES (ID UUID PRIMARY KEY)");
		}
		ChangeMarks.add(offline, SyncSchema.read(offline));
		RowDigests.protect(offline); // B24: before any row is copied, so every row is written with its digest
	}

	/**
	 * Copies the procedures, the rows that hang off them and the reference rows they use (B9: nothing
	 * else). Main is read in one repeatable-read transaction; the offline database is written in parts
	 * of about {@value #COMMIT_ROWS} rows, the last committed by the caller.
	 *
	 * @return the procedures copied, in order
	 */
	List<UUID> copy(List<UUID> procedureIds, IProgressMonitor monitor) throws SQLException {
		List<UUID> wanted = List.copyOf(new LinkedHashSet<>(procedureIds));
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Checkout_task, wanted.size() + 2);
		TableSpec root = schema.root();
		Map<UUID, String> labels = new LinkedHashMap<>();
		IdChunks.query(main, "SELECT ID, " + root.labelField() + " FROM " + root.name() + " WHERE ID IN ", "", wanted,
				rs -> labels.put(rs.getObject(1, UUID.class), rs.getString(2)));
		List<UUID> missing = wanted.stream().filter(id -> !labels.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			throw new SyncException(SyncException.Reason.BAD_REQUEST,
					Messages.bind(Messages.Checkout_unknownProcedures, missing));
		}
		progress.subTask(Messages.Checkout_creditors);
		Map<String, Set<UUID>> referenced = referencedRows(wanted);
		for (TableSpec table : schema.all()) {
			if (table != root && !table.procedureOwned()) {
				if (table.copiedAsReferenced()) {
					Set<UUID> ids = new LinkedHashSet<>(referenced.getOrDefault(table.name(), Set.of()));
					if (adding) {
						ids.removeAll(heldAlready(table));
					}
					copyByIds(table, "ID", ids);
				} else if (!adding) {
					copyWhere(table, "1 = 1", List.of());
				}
			}
		}
		progress.worked(1);
		for (int start = 0; start < wanted.size(); start += GROUP) {
			List<UUID> group = wanted.subList(start, Math.min(wanted.size(), start + GROUP));
			checkCancelled(progress);
			UUID first = group.get(0);
			progress.subTask(group.size() == 1
					? Messages.bind(Messages.Checkout_procedure, Objects.toString(labels.get(first), first.toString()), megabytes())
					: Messages.bind(Messages.Checkout_procedures,
							new Object[] { start + 1, start + group.size(), wanted.size(), megabytes() }));
			String in = " IN (" + marks(group.size()) + ")";
			copyWhere(root, "ID" + in, group);
			for (TableSpec table : schema.all()) {
				if (table.procedureOwned()) {
					checkCancelled(progress);
					copyWhere(table, table.ownerColumn() + in, group);
				}
			}
			try (PreparedStatement insert = offline.prepareStatement("INSERT INTO SYNC_PROCEDURES (ID) VALUES (?)")) {
				for (UUID procedure : group) {
					insert.setObject(1, procedure);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			if (!adding && rows - committedRows >= COMMIT_ROWS) {
				commitPart();
			}
			progress.worked(group.size());
		}
		progress.subTask(Messages.Checkout_finishing);
		progress.worked(1);
		return wanted;
	}

	/**
	 * Commits what the new copy holds so far, as a plain H2 commit: not sealed, not counted for
	 * backups, not forced to disk. Nobody sees the copy before its last commit, which is sealed and
	 * durable, and a copy that fails or is killed half-way is thrown away whole (no mode file names it).
	 * One transaction for the whole copy made H2 read every page back from the encrypted file at the
	 * commit (its undo log outgrows the page cache): 1,000 procedures (72,700 rows) spent as long in
	 * that commit as in the copy itself.
	 */
	private void commitPart() throws SQLException {
		offline.unwrap(JdbcConnection.class).commit();
		committedRows = rows;
	}

	/**
	 * The rows of reference tables the copied rows point to, children first so that a reference row's
	 * own references are known when its table is reached.
	 */
	private Map<String, Set<UUID>> referencedRows(List<UUID> procedures) throws SQLException {
		Map<String, Set<UUID>> needed = new LinkedHashMap<>();
		List<TableSpec> reversed = new ArrayList<>(schema.all());
		Collections.reverse(reversed);
		for (TableSpec table : reversed) {
			String selectBy;
			Collection<UUID> ids;
			if (table == schema.root()) {
				selectBy = "ID";
				ids = procedures;
			} else if (table.procedureOwned()) {
				selectBy = table.ownerColumn();
				ids = procedures;
			} else {
				selectBy = "ID";
				ids = needed.getOrDefault(table.name(), Set.of());
			}
			for (Map.Entry<String, String> reference : table.references().entrySet()) {
				TableSpec target = schema.byName(reference.getValue());
				if (target == schema.root() || target.procedureOwned() || target == table) {
					continue;
				}
				Set<UUID> into = needed.computeIfAbsent(target.name(), k -> new LinkedHashSet<>());
				IdChunks.query(main, "SELECT DISTINCT " + reference.getKey() + " FROM " + table.name() + " WHERE " + selectBy
						+ " IN ", "", List.copyOf(ids), rs -> {
							UUID id = rs.getObject(1, UUID.class);
							if (id != null) {
								into.add(id);
							}
						});
			}
		}
		return needed;
	}

	/** The ids of a table's rows in the copy now and as taken. */
	private Set<UUID> heldAlready(TableSpec table) throws SQLException {
		Set<UUID> held = new HashSet<>();
		try (Statement statement = offline.createStatement();
				ResultSet rs = statement.executeQuery("SELECT ID FROM " + table.name() + " UNION SELECT ID FROM "
						+ table.baseTable())) {
			while (rs.next()) {
				held.add(rs.getObject(1, UUID.class));
			}
		}
		return held;
	}

	private void copyByIds(TableSpec table, String column, Collection<UUID> ids) throws SQLException {
		forChunks(ids, chunk -> copyWhere(table, column + " IN (" + marks(chunk.size()) + ")", chunk));
	}

	private interface ChunkAction {
		void run(List<UUID> chunk) throws SQLException;
	}

	private static void forChunks(Collection<UUID> ids, ChunkAction action) throws SQLException {
		List<UUID> list = new ArrayList<>(ids);
		for (int start = 0; start < list.size(); start += BATCH) {
			action.run(list.subList(start, Math.min(list.size(), start + BATCH)));
		}
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static void bind(PreparedStatement statement, List<UUID> values) throws SQLException {
		for (int i = 0; i < values.size(); i++) {
			statement.setObject(i + 1, values.get(i));
		}
	}

	/** Rows and bytes copied so far. */
	String megabytes() {
		return Messages.bind(Messages.Checkout_counts, rows, bytes / (1024 * 1024));
	}

	long rows() {
		return rows;
	}

	long bytes() {
		return bytes;
	}

	private void copyWhere(TableSpec table, String where, List<UUID> parameters) throws SQLException {
		String columns = table.selectList();
		int width = table.fields().size() + 2;
		String marks = String.join(", ", Collections.nCopies(width, "?"));
		String sql = "SELECT " + columns + " FROM " + table.name() + " WHERE " + where;
		try (PreparedStatement select = main.prepareStatement(sql);
				PreparedStatement insertRow = offline.prepareStatement(marked.contains(table.name())
						? "INSERT INTO " + table.name() + " (" + columns + ", " + ChangeMarks.COLUMN + ") VALUES (" + marks + ", FALSE)"
						: "INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + marks + ")");
				PreparedStatement insertBase = offline.prepareStatement(
						"INSERT INTO " + table.baseTable() + " (" + columns + ") VALUES (" + marks + ")")) {
			bind(select, parameters);
			select.setFetchSize(BATCH);
			int pending = 0;
			Map<UUID, String> documents = new LinkedHashMap<>(); // id → SHA256
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					for (int c = 1; c <= width; c++) {
						Object value = rs.getObject(c);
						insertRow.setObject(c, value);
						insertBase.setObject(c, value);
					}
					insertRow.addBatch();
					insertBase.addBatch();
					if (table.hasContent()) {
						documents.put(rs.getObject(1, UUID.class), table.digestColumn() == null ? null
								: rs.getString(3 + table.fields().indexOf(table.digestColumn())));
					}
					rows++;
					if (++pending == BATCH) {
						insertRow.executeBatch();
						insertBase.executeBatch();
						pending = 0;
					}
				}
			}
			if (pending > 0) {
				insertRow.executeBatch();
				insertBase.executeBatch();
			}
			if (documents.isEmpty()) {
				return;
			}
			try (ContentStreams.Reader fromMain = ContentStreams.reader(main, mainDialect);
					ContentStreams.Reader fromLocal = local == null ? null : ContentStreams.reader(local, Dialect.H2)) {
				for (Map.Entry<UUID, String> document : documents.entrySet()) {
					UUID same = document.getValue() == null ? null : localBySha.get(document.getValue());
					if (same != null) {
						reusedBytes += ContentCopy.copyContent(fromLocal, same, offline, document.getKey(), document.getValue(),
								ContentCheck.Source.OFFLINE, marked.contains(table.name()));
					} else {
						bytes += ContentCopy.copyContent(fromMain, document.getKey(), offline, document.getKey(), document.getValue(),
								ContentCheck.Source.MAIN, marked.contains(table.name()));
					}
				}
			}
		}
	}

	/** Records where the copy came from, in the offline database. */
	void recordInfo(UUID checkoutId, UUID originId, String originUrl, int schemaVersion, Instant at) throws SQLException {
		try (PreparedStatement insert = offline.prepareStatement("INSERT INTO SYNC_INFO (ID, VERSION, ORIGIN_DATABASE_ID, "
				+ "ORIGIN_URL, SCHEMA_VERSION, CHECKED_OUT_AT, USER_NAME, HOST) VALUES (?, 1, ?, ?, ?, ?, ?, ?)")) {
			insert.setObject(1, checkoutId);
			insert.setObject(2, originId);
			insert.setString(3, originUrl);
			insert.setInt(4, schemaVersion);
			insert.setTimestamp(5, Timestamp.from(at));
			insert.setString(6, MainCheckouts.userName());
			insert.setString(7, MainCheckouts.hostName());
			insert.executeUpdate();
		}
	}

	private static void checkCancelled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
