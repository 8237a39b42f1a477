package pau.sync.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What changed in an offline copy since it was taken (issue 21 item 4), read so that the cost follows
 * the changes, not the copy: per table, the rows marked by {@link ChangeMarks} (created, or updated
 * since taken) with their base, and the rows deleted offline. Deletions leave no mark; they are
 * detected by counting: without any, the base holds exactly the unmarked rows plus the marked ones
 * that have a base. Only when the counts say otherwise are the tables' ids read to find which went.
 * <p>
 * The root table (procedures), a table without marks (a copy of an older release, a table a migration
 * added) and a table whose counts do not add up are read whole, as before: never a missed change.
 * Any other row is looked up by id when asked for ({@link #offline}, {@link #base}).
 */
final class OfflineRows {

	/**
	 * {@code -Dpau.sync.changeMarks=false} (in {@code PAU_JAVA_OPTS}) compares every table whole, as before
	 * the marks: for measuring what they save, and a way around should one ever be doubted.
	 */
	private static final boolean USE_MARKS = !"false".equals(System.getProperty("pau.sync.changeMarks")); //$NON-NLS-1$ //$NON-NLS-2$

	private final Connection offline;
	/** Per table: offline rows that may differ from their base (all rows of a table read whole). */
	private final Map<String, Map<UUID, Row>> touched = new HashMap<>();
	/** Per table: base rows of the touched and deleted ones (all of a table read whole). */
	private final Map<String, Map<UUID, Row>> base = new HashMap<>();
	private final Map<String, Set<UUID>> deleted = new HashMap<>();
	private final Set<String> whole = new HashSet<>();
	private final Set<String> withBase = new HashSet<>();
	/** Rows looked up by id, null for "not there": per table, offline and base. */
	private final Map<String, Map<UUID, Row>> offlineLookups = new HashMap<>();
	private final Map<String, Map<UUID, Row>> baseLookups = new HashMap<>();

	private OfflineRows(Connection offline) {
		this.offline = offline;
	}

	/** Reads what changed in every table of the copy. */
	static OfflineRows read(Connection offline, SyncSchema schema) throws SQLException {
		OfflineRows rows = new OfflineRows(offline);
		Set<String> marked = USE_MARKS ? ChangeMarks.tables(offline) : Set.of();
		for (TableSpec table : schema.all()) {
			boolean hasBase = SyncSchema.tableExists(offline, table.baseTable());
			if (hasBase) {
				rows.withBase.add(table.name());
			}
			if (table == schema.root() || !hasBase || !marked.contains(table.name()) || !rows.readMarked(table)) {
				rows.readWhole(table);
			}
		}
		return rows;
	}

	/** The offline rows that may differ from their base: created offline, or changed (compare to know). */
	Map<UUID, Row> touched(TableSpec table) {
		return touched.get(table.name());
	}

	/** The base (as taken) of the touched and deleted rows; of all rows for a table read whole. */
	Map<UUID, Row> bases(TableSpec table) {
		return base.get(table.name());
	}

	/** The ids of rows taken and deleted offline. */
	Set<UUID> deleted(TableSpec table) {
		return deleted.get(table.name());
	}

	/** Whether the table was read whole (for the tests and the log). */
	boolean readWhole(String table) {
		return whole.contains(table);
	}

	/** The copy's row with this id as it is now, or null when the copy has none. */
	Row offline(TableSpec table, UUID id) throws SQLException {
		Row row = touched.get(table.name()).get(id);
		if (row != null || whole.contains(table.name()) || deleted.get(table.name()).contains(id)) {
			return row;
		}
		return lookup(offlineLookups, table, table.name(), id);
	}

	/**
	 * Reads the copy's rows with these ids in one query rather than one a row, for {@link #offline} later:
	 * the report names the debtor of every procedure the copy returns, hundreds in a large copy.
	 */
	void prefetch(TableSpec table, Collection<UUID> ids) throws SQLException {
		if (whole.contains(table.name())) {
			return;
		}
		Map<UUID, Row> known = offlineLookups.computeIfAbsent(table.name(), t -> new HashMap<>());
		Set<UUID> missing = new LinkedHashSet<>();
		for (UUID id : ids) {
			if (id != null && !known.containsKey(id) && !touched.get(table.name()).containsKey(id)
					&& !deleted.get(table.name()).contains(id)) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<UUID, Row> read = RowReads.byIds(offline, table, table.name(), missing);
			for (UUID id : missing) {
				known.put(id, read.get(id));
			}
		}
	}

	/** The row with this id as it was taken, or null when it was not taken. */
	Row base(TableSpec table, UUID id) throws SQLException {
		Row row = base.get(table.name()).get(id);
		if (row != null || whole.contains(table.name()) || !withBase.contains(table.name())) {
			return row;
		}
		return lookup(baseLookups, table, table.baseTable(), id);
	}

	private Row lookup(Map<String, Map<UUID, Row>> cache, TableSpec table, String source, UUID id) throws SQLException {
		Map<UUID, Row> known = cache.computeIfAbsent(table.name(), t -> new HashMap<>());
		if (known.containsKey(id)) {
			return known.get(id);
		}
		Row row = RowReads.byIds(offline, table, source, List.of(id)).get(id);
		known.put(id, row);
		return row;
	}

	private void readWhole(TableSpec table) throws SQLException {
		Map<UUID, Row> now = RowReads.all(offline, table.name(), table);
		Map<UUID, Row> taken = RowReads.base(offline, table);
		Set<UUID> gone = new LinkedHashSet<>(taken.keySet());
		gone.removeAll(now.keySet());
		touched.put(table.name(), now);
		base.put(table.name(), taken);
		deleted.put(table.name(), gone);
		whole.add(table.name());
	}

	/** The marked rows, their bases and the deletions; false when the counts do not add up. */
	private boolean readMarked(TableSpec table) throws SQLException {
		Map<UUID, Row> marked = RowReads.all(offline, table.name() + " WHERE " + ChangeMarks.COLUMN, table); //$NON-NLS-1$
		Map<UUID, Row> taken = new LinkedHashMap<>(RowReads.byIds(offline, table, table.baseTable(), marked.keySet()));
		long created = marked.keySet().stream().filter(id -> !taken.containsKey(id)).count();
		long now = count(table.name());
		long wasTaken = count(table.baseTable());
		Set<UUID> gone = new LinkedHashSet<>();
		if (wasTaken != now - created) {
			Set<UUID> nowIds = ids(table.name());
			Set<UUID> takenIds = ids(table.baseTable());
			for (UUID id : nowIds) {
				if (!takenIds.contains(id) && !marked.containsKey(id)) {
					return false; // a row neither taken nor marked: the marks cannot be trusted here
				}
			}
			takenIds.removeAll(nowIds);
			gone.addAll(takenIds);
			taken.putAll(RowReads.byIds(offline, table, table.baseTable(), gone));
		}
		touched.put(table.name(), marked);
		base.put(table.name(), taken);
		deleted.put(table.name(), gone);
		return true;
	}

	private long count(String table) throws SQLException {
		try (Statement statement = offline.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) { //$NON-NLS-1$
			rs.next();
			return rs.getLong(1);
		}
	}

	private Set<UUID> ids(String table) throws SQLException {
		Set<UUID> ids = new HashSet<>();
		try (Statement statement = offline.createStatement();
				ResultSet rs = statement.executeQuery("SELECT ID FROM " + table)) { //$NON-NLS-1$
			while (rs.next()) {
				ids.add(rs.getObject(1, UUID.class));
			}
		}
		return ids;
	}
}
