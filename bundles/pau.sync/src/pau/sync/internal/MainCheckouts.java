package pau.sync.internal;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;

import pau.store.Store;
import pau.sync.OfflineService;

/**
 * B6/B14: main's rows of who has which procedure offline since when (OFFLINE_CHECKOUTS), and who this
 * is: the user and the computer that the checkouts and the reports name.
 */
final class MainCheckouts {

	private MainCheckouts() {
	}

	/** B6: records in main who has which procedures offline since when. */
	static void recordCheckouts(Connection main, UUID checkoutId, List<UUID> procedures, Instant at) throws SQLException {
		try (PreparedStatement insert = main.prepareStatement("INSERT INTO OFFLINE_CHECKOUTS (ID, VERSION, PROCEDURE_ID, "
				+ "CHECKOUT_ID, USER_NAME, HOST, CHECKED_OUT_AT, RETURNED_AT) VALUES (?, 1, ?, ?, ?, ?, ?, NULL)")) {
			for (UUID procedure : procedures) {
				insert.setObject(1, UUID.randomUUID());
				insert.setObject(2, procedure);
				insert.setObject(3, checkoutId);
				insert.setString(4, userName());
				insert.setString(5, hostName());
				insert.setTimestamp(6, Timestamp.from(at));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** B6/B14: the checkouts not returned yet, oldest first: who has which procedure offline since when. */
	static List<OfflineService.Checkout> openCheckouts(Connection main) throws SQLException {
		List<OfflineService.Checkout> result = new ArrayList<>();
		try (PreparedStatement select = main.prepareStatement("SELECT C.PROCEDURE_ID, P.CASE_NUMBER, C.USER_NAME, C.HOST, "
				+ "C.CHECKED_OUT_AT FROM OFFLINE_CHECKOUTS C LEFT JOIN PROCEDURES P ON P.ID = C.PROCEDURE_ID "
				+ "WHERE C.RETURNED_AT IS NULL ORDER BY C.CHECKED_OUT_AT, P.CASE_NUMBER");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				result.add(new OfflineService.Checkout(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getTimestamp(5).toInstant()));
			}
		}
		return result;
	}

	/** Marks the checkout's rows returned (in the caller's transaction). */
	static void markReturned(Connection main, UUID checkoutId) throws SQLException {
		try (PreparedStatement update = main.prepareStatement(RETURN)) {
			setReturn(update, checkoutId);
			update.executeUpdate();
		}
	}

	/** Marks a checkout returned now: its parameters are set by {@link #setReturn}. */
	static final String RETURN = "UPDATE OFFLINE_CHECKOUTS SET RETURNED_AT = ?, VERSION = VERSION + 1 " //$NON-NLS-1$
			+ "WHERE CHECKOUT_ID = ? AND RETURNED_AT IS NULL"; //$NON-NLS-1$

	/** Sets the two parameters of {@link #RETURN}, the first two of the statement. */
	static void setReturn(PreparedStatement statement, UUID checkoutId) throws SQLException {
		statement.setTimestamp(1, Timestamp.from(Instant.now()));
		statement.setObject(2, checkoutId);
	}

	static String userName() {
		return System.getProperty("user.name", "?");
	}

	static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (java.io.IOException e) {
			return "localhost";
		}
	}

	/** Deletes the checkout rows of the procedures and commits: a take that failed after main recorded them. */
	static void forget(Connection main, UUID checkoutId, List<UUID> procedures) {
		try (PreparedStatement delete = main
				.prepareStatement("DELETE FROM OFFLINE_CHECKOUTS WHERE CHECKOUT_ID = ? AND PROCEDURE_ID = ?")) {
			for (UUID procedure : procedures) {
				delete.setObject(1, checkoutId);
				delete.setObject(2, procedure);
				delete.addBatch();
			}
			delete.executeBatch();
			main.commit();
		} catch (SQLException e) {
			ILog.of(MainCheckouts.class).warn("Cannot remove the checkout records of " + procedures, e); //$NON-NLS-1$
		}
	}

	/** Deletes every row of the checkout: a new copy abandoned after main recorded it. */
	static void forget(Store main, UUID checkoutId) {
		try (Connection m = main.dataSource().getConnection();
				PreparedStatement delete = m.prepareStatement("DELETE FROM OFFLINE_CHECKOUTS WHERE CHECKOUT_ID = ?")) { //$NON-NLS-1$
			delete.setObject(1, checkoutId);
			delete.executeUpdate();
		} catch (SQLException e) {
			ILog.of(MainCheckouts.class).warn("Cannot remove the checkout record " + checkoutId, e); //$NON-NLS-1$
		}
	}
}
