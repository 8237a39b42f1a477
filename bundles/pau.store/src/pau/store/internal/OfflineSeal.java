package pau.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;

import pau.store.DurableFiles;
import pau.store.Messages;
import pau.store.OfflineDamagedException;

/**
 * The offline database's integrity evidence (B17): a count of the commits made in it, kept in the
 * database (table SYNC_SEAL, raised inside each commit) and, forced to the disk after each commit, in
 * a file next to it ({@value #FILE_NAME}). When H2 falls back to an older state of a damaged file, the
 * count inside is behind the one outside, and the copy is refused instead of silently losing work.
 * Commits made by other H2 clients are sealed the next time PAU Desk opens the copy.
 */
final class OfflineSeal {

	static final String FILE_NAME = "offline.seal"; //$NON-NLS-1$
	private static final String TABLE = "SYNC_SEAL"; //$NON-NLS-1$

	/** The evidence kept outside the database. */
	record Evidence(long sequence, Instant savedAt) {
	}

	private final Path file;
	private long recorded = -1;

	OfflineSeal(Path directory) {
		this.file = directory.resolve(FILE_NAME);
	}

	/** Creates the seal in a new offline database, at zero commits. */
	void create(Connection connection) throws SQLException, IOException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE //$NON-NLS-1$
					+ " (ID INTEGER PRIMARY KEY, SEQUENCE_NO BIGINT NOT NULL, SAVED_AT TIMESTAMP WITH TIME ZONE)"); //$NON-NLS-1$
			statement.execute("MERGE INTO " + TABLE + " (ID, SEQUENCE_NO, SAVED_AT) KEY (ID) VALUES (1, 0, CURRENT_TIMESTAMP)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
		record(0, Instant.now());
	}

	/**
	 * Compares the evidence inside and outside; refuses a database that is behind. Seals commits other
	 * clients made since (the count inside is ahead).
	 *
	 * @throws OfflineDamagedException when the database holds fewer commits than were made in it
	 */
	void check(Connection connection, Path directory) throws SQLException, IOException {
		long inside = compare(connection, directory);
		if (inside < 0) {
			create(connection); // a copy made before the seal existed
			return;
		}
		Evidence outside = readFile();
		record(inside, outside == null || inside > outside.sequence() ? Instant.now() : outside.savedAt());
	}

	/**
	 * Compares the evidence inside and outside without writing anything (B2: read-only commands).
	 *
	 * @return the count inside, -1 when the database has no seal and nothing outside says it should
	 * @throws OfflineDamagedException when the database holds fewer commits than were made in it
	 */
	long compare(Connection connection, Path directory) throws SQLException {
		Evidence outside = readFile();
		long inside = readDatabase(connection);
		if (inside < 0 && outside != null) {
			throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineSealMissing, directory));
		}
		if (outside != null && inside < outside.sequence()) {
			throw new OfflineDamagedException(Messages.bind(Messages.Store_offlineBehind,
					new Object[] { directory, inside, outside.sequence(), time(outside.savedAt()) }));
		}
		return inside;
	}

	/** A moment as the user reads it, in the local time zone. */
	static String time(Instant instant) {
		return instant == null ? "?" : pau.model.Dates.of(instant); //$NON-NLS-1$
	}

	/** The count inside the database, -1 when it has no seal. */
	static long readDatabase(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet tables = statement.executeQuery(
						"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + TABLE + "'")) { //$NON-NLS-1$ //$NON-NLS-2$
			tables.next();
			if (tables.getInt(1) == 0) {
				return -1;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT SEQUENCE_NO FROM " + TABLE + " WHERE ID = 1")) { //$NON-NLS-1$ //$NON-NLS-2$
			return row.next() ? row.getLong(1) : -1;
		}
	}

	/** Raises the count inside the caller's transaction; returns the new count. */
	static long raise(Connection connection) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE " + TABLE + " SET SEQUENCE_NO = SEQUENCE_NO + 1, SAVED_AT = ? WHERE ID = 1")) { //$NON-NLS-1$ //$NON-NLS-2$
			update.setTimestamp(1, Timestamp.from(Instant.now()));
			if (update.executeUpdate() == 0) {
				return -1;
			}
		}
		return readDatabase(connection);
	}

	/** The evidence outside the database, null when there is none or it cannot be read. */
	Evidence readFile() {
		if (!Files.exists(file)) {
			return null;
		}
		try {
			Properties p = new Properties();
			p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
			return new Evidence(Long.parseLong(p.getProperty("sequence")), Instant.parse(p.getProperty("savedAt"))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Records a count outside, forced to the disk; never goes back unless {@code reset}. */
	synchronized void record(long sequence, Instant savedAt) throws IOException {
		if (sequence <= recorded) {
			return;
		}
		write(sequence, savedAt);
	}

	/** Sets the evidence outside to a restored backup's count. */
	synchronized void reset(long sequence, Instant savedAt) throws IOException {
		write(sequence, savedAt);
	}

	private void write(long sequence, Instant savedAt) throws IOException {
		Properties p = new Properties();
		p.setProperty("sequence", Long.toString(sequence)); //$NON-NLS-1$
		p.setProperty("savedAt", savedAt.toString()); //$NON-NLS-1$
		StringWriter text = new StringWriter();
		p.store(text, "PAU Desk: commits made in the offline database (integrity evidence)"); //$NON-NLS-1$
		DurableFiles.write(file, text.toString());
		recorded = sequence;
	}
}
