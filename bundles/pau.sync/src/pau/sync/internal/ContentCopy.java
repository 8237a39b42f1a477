package pau.sync.internal;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import pau.store.ContentStreams;
import pau.store.Dialect;
import pau.sync.SyncException;

/**
 * A document's content from one database into another (going offline, a refresh, a sync): streamed in
 * constant memory and checked against its SHA-256 on the way (B15, B17).
 */
final class ContentCopy {

	private ContentCopy() {
	}

	/**
	 * Streams a document's content from one database to the other, in constant memory, verifying it
	 * against the row's SHA256 on the way: damaged content is refused ({@link SyncException.Reason#DAMAGED})
	 * and the caller's transactions roll back.
	 *
	 * @param sha256 the hash the content must have (hex), or null when the row has none
	 * @param source which database {@code from} is, to name the damage
	 */
	static long copyContent(Connection from, Dialect fromDialect, Connection to, UUID document, String sha256,
			ContentCheck.Source source, boolean keepMark) throws SQLException {
		try (ContentStreams.Reader reader = ContentStreams.reader(from, fromDialect)) {
			return copyContent(reader, document, to, document, sha256, source, keepMark);
		}
	}

	/**
	 * As {@link #copyContent(Connection, Dialect, Connection, UUID, String, ContentCheck.Source, boolean)},
	 * between two documents, read by a reader that serves one document after another ({@link ContentStreams.Reader}).
	 *
	 * @param keepMark whether {@code to} is a copy with change marks, whose row's mark the content's
	 *            arrival leaves as it is (content as taken is no change; {@link ChangeMarks})
	 */
	static long copyContent(ContentStreams.Reader from, UUID fromDocument, Connection to, UUID document,
			String sha256, ContentCheck.Source source, boolean keepMark) throws SQLException {
		ContentCheck check = new ContentCheck();
		try (InputStream content = from.open(fromDocument);
				PreparedStatement update = to.prepareStatement(
						"UPDATE DOCUMENTS SET CONTENT = ?" + (keepMark ? ChangeMarks.KEEP : "") + " WHERE ID = ?")) {
			if (content == null) {
				return 0;
			}
			CountingStream counted = new CountingStream(check.digesting(content));
			update.setBinaryStream(1, counted);
			update.setObject(2, document);
			update.executeUpdate(); // the drivers read the stream to its end
			check.verify(sha256, from.connection(), source, fromDocument);
			return counted.count;
		} catch (java.io.IOException e) {
			throw new SQLException(e);
		}
	}

	/** Counts the bytes that pass. */
	private static final class CountingStream extends java.io.FilterInputStream {
		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws java.io.IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
