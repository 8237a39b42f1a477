package pau.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.core.runtime.ILog;

import pau.model.DataException;
import pau.store.Dialect;

/** Main's commit on its disk before the offline copy that holds the same work is deleted. */
final class MainDurability {

	private MainDurability() {
	}

	/**
	 * An H2 main writes committed data to its file in the background (WRITE_DELAY): a server killed
	 * right after the commit could lose it. The offline copy is deleted only once main's commit is
	 * forced to its disk; if that cannot be known, the copy stays and a re-run finishes (M6: it finds
	 * the report in main, or merges again if main lost it). PostgreSQL commits durably by itself.
	 */
	static void makeDurable(Connection m, Dialect dialect) {
		if (dialect != Dialect.H2) {
			return;
		}
		// On the merge's own connection, after its commit: a session of its own cost as many round trips
		// again as the checkpoint (issue 21: eight over the office VPN).
		try (Statement statement = m.createStatement()) {
			statement.execute("CHECKPOINT SYNC"); //$NON-NLS-1$
		} catch (SQLException e) {
			if (e.getErrorCode() == 90040) { // ADMIN_RIGHTS_REQUIRED: H2's own write delay is all there is
				ILog.of(MainDurability.class).warn("Cannot force the main database's commit to disk: " + e.getMessage()); //$NON-NLS-1$
				return;
			}
			throw new DataException(DataException.rootMessage(e), e);
		}
	}
}
