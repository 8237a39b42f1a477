package pau.sync.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import pau.store.Store;

/**
 * What a copy holds, by id, for a synchronization that stays offline (issue 20): which procedures the
 * new copy takes, and which records arrived in it from main.
 */
final class CopyIds {

	private CopyIds() {
	}

	/** The procedures' table, whose ids {@link #ids} lists under this name. */
	static final String ROOT = "PROCEDURES"; //$NON-NLS-1$

	/** The ids of every synchronized table's rows in a copy, by table (issue 20: what arrived). */
	static Map<String, Set<UUID>> ids(Store copy) {
		Map<String, Set<UUID>> result = new LinkedHashMap<>();
		try (Connection connection = copy.dataSource().getConnection(); Statement statement = connection.createStatement()) {
			for (TableSpec table : SyncSchema.read(connection).all()) {
				Set<UUID> ids = new HashSet<>();
				try (ResultSet rs = statement.executeQuery("SELECT ID FROM " + table.name())) {
					while (rs.next()) {
						ids.add(rs.getObject(1, UUID.class));
					}
				}
				result.put(table.name(), ids);
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return result;
	}

	/** Those of the procedures that main holds (a colleague may have deleted one), in a stable order. */
	static List<UUID> stillInMain(Store main, Set<UUID> procedures) {
		List<UUID> result = new ArrayList<>();
		try (Connection connection = main.dataSource().getConnection()) {
			IdChunks.query(connection, "SELECT ID FROM " + ROOT + " WHERE ID IN ", " ORDER BY ID", List.copyOf(procedures),
					rs -> result.add(rs.getObject(1, UUID.class)));
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return result;
	}

}
