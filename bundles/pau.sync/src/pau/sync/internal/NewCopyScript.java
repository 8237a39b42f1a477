package pau.sync.internal;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Issue 21 (5): a new copy's whole schema from one script made once per build — the store's tables and
 * the synchronization's own (the tables as taken, the change marks, the row digests over them) — instead
 * of the two dozen statements that add the synchronization's tables to every new copy, a fifth of going
 * offline in-process (JFR). {@code NewCopyScriptTest} makes a copy both ways at every build and fails
 * where they differ, leaving the script they make now beside it to copy over this one.
 */
public final class NewCopyScript {

	/** The script, a resource of this bundle. */
	public static final String RESOURCE = "pau/sync/schema/new-copy-h2.sql"; //$NON-NLS-1$
	/** {@code -Dpau.sync.newCopyScript=false}: the synchronization's tables made by statements (the test compares). */
	public static final String PROPERTY = "pau.sync.newCopyScript"; //$NON-NLS-1$

	private NewCopyScript() {
	}

	/** The script to make a new copy with, or null where the statements make its tables. */
	public static URL url() {
		return Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) //$NON-NLS-1$
				? NewCopyScript.class.getClassLoader().getResource(RESOURCE) : null;
	}

	/** The synchronization's tables added to a new copy of the store's schema by statements. */
	public static void createSyncTables(Connection offline) throws SQLException {
		CheckoutCopy.createSyncTables(offline);
	}
}
