package pau.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.h2.tools.RunScript;

/**
 * Issue 21 (5): a new offline copy's schema made from a script instead of running Liquibase for every copy.
 * The script ({@value #RESOURCE}) is what the changelog makes of an empty offline H2 database — its tables,
 * the row digests (B24) and Liquibase's own tables with the change sets it ran, so that a later release
 * migrates the copy as if Liquibase had made it — in the words of H2's {@code SCRIPT}.
 * {@code OfflineSchemaScriptTest} makes a copy both ways at every build and fails when they differ (a changelog
 * changed without the script), leaving the script the changelog makes now beside it to copy over this one.
 */
public final class OfflineSchemaScript {

	/** The script, a resource of this bundle. */
	public static final String RESOURCE = "pau/store/schema/offline-h2.sql"; //$NON-NLS-1$
	/** {@code -Dpau.store.offlineSchemaScript=false}: every new copy from the changelog (the test compares them). */
	public static final String PROPERTY = "pau.store.offlineSchemaScript"; //$NON-NLS-1$

	private OfflineSchemaScript() {
	}

	/** Whether this bundle holds the script. */
	public static boolean available() {
		return OfflineSchemaScript.class.getClassLoader().getResource(RESOURCE) != null;
	}

	/** Makes the schema in the new, empty offline database; false when there is no script to do it with. */
	static boolean create(Connection offline) throws SQLException {
		InputStream in = Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) //$NON-NLS-1$
				? OfflineSchemaScript.class.getClassLoader().getResourceAsStream(RESOURCE) : null;
		if (in == null) {
			return false;
		}
		try (in) {
			run(offline, in);
		} catch (IOException e) {
			throw new SQLException(e);
		}
		return true;
	}

	/**
	 * Runs an H2 script (UTF-8) in one transaction: all of it or, failing, nothing. Each of its statements
	 * defines something, which H2 commits on its own; an offline database writes every commit as it is made
	 * ({@code WRITE_DELAY=0}), so the new database's writes wait for the script's end instead (issue 21:
	 * the script in pau-cli go-offline 0.133 -> 0.100 s, medians of 8). Nothing is told durable before the
	 * copy's own commit, which forces it to the disk.
	 */
	static void run(Connection offline, InputStream in) throws SQLException {
		boolean autoCommit = offline.getAutoCommit();
		offline.setAutoCommit(false);
		try (Statement settings = offline.createStatement()) {
			settings.execute("SET WRITE_DELAY 500"); //$NON-NLS-1$
			try {
				RunScript.execute(offline, new InputStreamReader(in, StandardCharsets.UTF_8));
				offline.commit();
			} catch (SQLException | RuntimeException e) {
				offline.rollback();
				throw e;
			} finally {
				settings.execute("SET WRITE_DELAY 0"); //$NON-NLS-1$
			}
		} finally {
			offline.setAutoCommit(autoCommit);
		}
	}

	/**
	 * The database's schema and rows as H2 scripts them, one statement each (a statement may span lines),
	 * without its user and comments: what the script holds.
	 */
	public static List<String> of(Connection database) throws SQLException {
		List<String> script = new ArrayList<>();
		try (Statement statement = database.createStatement();
				ResultSet lines = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS NOVERSION")) { //$NON-NLS-1$
			while (lines.next()) {
				String line = lines.getString(1);
				if (!line.startsWith("--") && !line.startsWith("CREATE USER ")) { //$NON-NLS-1$ //$NON-NLS-2$
					script.add(line);
				}
			}
		}
		return script;
	}
}
