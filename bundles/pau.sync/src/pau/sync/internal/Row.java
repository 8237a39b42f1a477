package pau.sync.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of a table as plain values, for comparing the offline, checkout and main states.
 */
final class Row {

	final UUID id;
	final long version;
	final Map<String, Object> values;

	Row(UUID id, long version, Map<String, Object> values) {
		this.id = id;
		this.version = version;
		this.values = values;
	}

	/** Reads the current row of a result set selected with {@link TableSpec#selectList()}. */
	static Row read(ResultSet rs, TableSpec table) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		int column = 3;
		for (String field : table.fields()) {
			values.put(field, normalize(rs.getObject(column++)));
		}
		return new Row(rs.getObject(1, UUID.class), rs.getLong(2), values);
	}

	Object get(String field) {
		return values.get(field);
	}

	UUID uuid(String field) {
		return (UUID) values.get(field);
	}

	/**
	 * Values compare by meaning: 1.50 equals 1.5, timestamps by instant, and an empty text equals no
	 * text (the application writes NULL, plain SQL may write '').
	 */
	static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		if (a == null && "".equals(b) || b == null && "".equals(a)) { //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		}
		return Objects.equals(a, b);
	}

	/** A JDBC value as rows hold it: dates as java.time, whole numbers as Long. */
	static Object normalize(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Integer i) {
			return Long.valueOf(i.longValue());
		}
		return value;
	}
}
