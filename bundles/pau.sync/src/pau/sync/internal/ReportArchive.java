package pau.sync.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import pau.sync.SyncException;
import pau.sync.SyncException.Reason;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Entry;
import pau.sync.SyncReport.Restoration;

/**
 * The synchronization reports main keeps (SYNC_REPORTS, B1), and B13: writing a lost offline value
 * back into main. Who restored what and when is kept inside the report's JSON (docs/merge.md), so
 * restoring needs no schema change and the report stays one record.
 */
public final class ReportArchive {

	private ReportArchive() {
	}

	/** Every report main keeps, newest first. */
	public static List<SyncReport> list(Connection main) throws SQLException {
		List<SyncReport> reports = new ArrayList<>();
		try (PreparedStatement select = main.prepareStatement(
				"SELECT USER_NAME, HOST, FINISHED_AT, REPORT FROM SYNC_REPORTS ORDER BY FINISHED_AT DESC, ID"); //$NON-NLS-1$
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				reports.add(read(rs));
			}
		}
		return reports;
	}

	private static SyncReport read(ResultSet rs) throws SQLException {
		SyncReport report = SyncReports.fromJson(new StringReader(rs.getString(4)));
		// Reports of earlier releases kept who and where in the columns only.
		report.setOrigin(report.user() != null ? report.user() : rs.getString(1),
				report.host() != null ? report.host() : rs.getString(2));
		if (report.finishedAt() == null) {
			report.setFinishedAt(rs.getTimestamp(3).toInstant());
		}
		return report;
	}

	/**
	 * B13: writes the offline value of entry {@code entryNo} (1-based) of the report into main, as an
	 * edit guarded by the row version, and records who restored it in the report, in one transaction.
	 *
	 * @return the report with the entry marked restored
	 * @throws SyncException {@link Reason#BAD_REQUEST} for no such report or entry, or an entry that
	 *             is not a lost offline value (or was restored already); {@link Reason#CHANGED_AGAIN}
	 *             when main's value is no longer the one the synchronization kept (nothing written)
	 */
	public static SyncReport restore(Connection main, UUID reportId, int entryNo, String user, String host)
			throws SQLException {
		boolean autoCommit = main.getAutoCommit();
		main.setAutoCommit(false);
		try {
			SyncReport report;
			long reportVersion;
			try (PreparedStatement select = main.prepareStatement(
					"SELECT USER_NAME, HOST, FINISHED_AT, REPORT, VERSION FROM SYNC_REPORTS WHERE ID = ? FOR UPDATE")) { //$NON-NLS-1$
				select.setObject(1, reportId);
				try (ResultSet rs = select.executeQuery()) {
					if (!rs.next()) {
						throw new SyncException(Reason.BAD_REQUEST, Messages.bind(Messages.Restore_noReport, reportId));
					}
					report = read(rs);
					reportVersion = rs.getLong(5);
				}
			}
			if (entryNo < 1 || entryNo > report.entries().size()) {
				throw new SyncException(Reason.BAD_REQUEST,
						Messages.bind(Messages.Restore_noEntry, entryNo, report.entries().size()));
			}
			Entry entry = report.entries().get(entryNo - 1);
			if (entry.restoration() != null) {
				throw new SyncException(Reason.BAD_REQUEST, Messages.bind(Messages.Restore_already,
						new Object[] { entryNo, entry.restoration().user(), new ReportText().instant(entry.restoration().at()) }));
			}
			if (!entry.restorable()) {
				throw new SyncException(Reason.BAD_REQUEST, Messages.bind(Messages.Restore_notLost, entryNo));
			}
			writeBack(main, entry);
			Entry restored = entry.restored(new Restoration(user, host, Instant.now()));
			report.entries().set(entryNo - 1, restored);
			try (PreparedStatement update = main.prepareStatement(
					"UPDATE SYNC_REPORTS SET REPORT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$
				update.setString(1, SyncReports.toJson(report));
				update.setObject(2, reportId);
				update.setLong(3, reportVersion);
				if (update.executeUpdate() != 1) {
					throw new SyncException(Reason.CHANGED_AGAIN, Messages.Restore_reportChanged);
				}
			}
			main.commit();
			return report;
		} catch (SQLException | RuntimeException e) {
			main.rollback();
			throw e;
		} finally {
			main.setAutoCommit(autoCommit);
		}
	}

	/** The edit itself: only while main still holds the value the synchronization kept, by row version. */
	private static void writeBack(Connection main, Entry entry) throws SQLException {
		String table = identifier(entry.table());
		String column = identifier(entry.field());
		String type = entry.subject() == null ? null : entry.subject().valueType();
		Object current;
		long version;
		try (PreparedStatement select = main.prepareStatement(
				"SELECT " + column + ", VERSION FROM " + table + " WHERE ID = ? FOR UPDATE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			select.setObject(1, entry.recordId());
			try (ResultSet rs = select.executeQuery()) {
				if (!rs.next()) {
					throw new SyncException(Reason.CHANGED_AGAIN, Messages.Restore_deleted);
				}
				current = Row.normalize(rs.getObject(1));
				version = rs.getLong(2);
			}
		}
		ReportText words = new ReportText();
		String changedAgain = Messages.bind(Messages.Restore_changedAgain, words.value(type, MergePlanner.text(current)),
				words.value(type, entry.mainValue()));
		if (!Row.same(current, value(type, entry.mainValue(), current))) {
			throw new SyncException(Reason.CHANGED_AGAIN, changedAgain);
		}
		try (PreparedStatement update = main.prepareStatement("UPDATE " + table + " SET " + column //$NON-NLS-1$ //$NON-NLS-2$
				+ " = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$
			Object value = jdbc(value(type, entry.offlineValue(), current));
			if (value == null) {
				update.setNull(1, java.sql.Types.NULL);
			} else {
				update.setObject(1, value);
			}
			update.setObject(2, entry.recordId());
			update.setLong(3, version);
			if (update.executeUpdate() != 1) {
				throw new SyncException(Reason.CHANGED_AGAIN, changedAgain);
			}
		}
	}

	/** A value of the report, typed as the column's: by the recorded type, else like the current value. */
	private static Object value(String type, String text, Object current) {
		if (text == null) {
			return null;
		}
		String kind = type != null ? type : current == null ? "text" : EntrySubjects.typeOf("", "", current); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return switch (kind) {
		case "decimal" -> new BigDecimal(text); //$NON-NLS-1$
		case "date" -> LocalDate.parse(text); //$NON-NLS-1$
		case "timestamp" -> LocalDateTime.parse(text); //$NON-NLS-1$
		case "boolean" -> Boolean.valueOf(text); //$NON-NLS-1$
		case "number" -> Long.valueOf(text); //$NON-NLS-1$
		case "reference" -> UUID.fromString(text); //$NON-NLS-1$
		default -> text;
		};
	}

	private static Object jdbc(Object value) {
		if (value instanceof LocalDateTime time) {
			return Timestamp.valueOf(time);
		}
		if (value instanceof LocalDate date) {
			return java.sql.Date.valueOf(date);
		}
		return value;
	}

	/** Table and column names come from the report (kept in main): only plain upper-case names pass. */
	private static String identifier(String name) {
		if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) { //$NON-NLS-1$
			throw new SyncException(Reason.BAD_REQUEST, Messages.bind(Messages.Restore_notLost, name));
		}
		return name;
	}
}
