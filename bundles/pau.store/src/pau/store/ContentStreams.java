package pau.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads a document's content as a stream in constant memory, whatever the dialect and wherever the database is.
 * <p>
 * An embedded H2 database streams its BLOBs itself. Over a network every request is a round trip, and that is what
 * costs over a VPN (issue 21): H2's server hands a BLOB over 64 KB per request, and PostgreSQL's driver would load a
 * whole BYTEA value at once. So a remote database is read in blocks of {@value #BLOCK} bytes, one request each, the
 * first block in the same request that finds the document: a document up to a block's size costs one round trip.
 * PostgreSQL sends the blocks in binary (a server-prepared statement), not as hex text of twice the size.
 * <p>
 * H2's SUBSTRING reads the whole BLOB on the server for each block, so documents larger than
 * {@value #H2_BLOCKS_UP_TO} bytes are streamed from a remote H2 as before (64 KB a request), which keeps the
 * server's work per document below {@code H2_BLOCKS_UP_TO / BLOCK} times its size.
 */
public final class ContentStreams {

	/** Bytes a block request returns: large enough that a round trip is small beside the block's transfer time. */
	public static final int BLOCK = 4 * 1024 * 1024;
	/** The largest document a remote H2 is read from in blocks. */
	public static final long H2_BLOCKS_UP_TO = 8L * BLOCK;

	private static final String H2_FIRST = "SELECT OCTET_LENGTH(CONTENT), CASE WHEN OCTET_LENGTH(CONTENT) <= "
			+ H2_BLOCKS_UP_TO + " THEN CAST(SUBSTRING(CONTENT FROM 1 FOR " + BLOCK + ") AS BINARY VARYING(" + BLOCK
			+ ")) END, CASE WHEN OCTET_LENGTH(CONTENT) > " + H2_BLOCKS_UP_TO
			+ " THEN CONTENT END FROM DOCUMENTS WHERE ID = ?";
	private static final String H2_NEXT = "SELECT CAST(SUBSTRING(CONTENT FROM ? FOR " + BLOCK + ") AS BINARY VARYING("
			+ BLOCK + ")) FROM DOCUMENTS WHERE ID = ?";
	private static final String POSTGRESQL_FIRST = "SELECT OCTET_LENGTH(CONTENT), SUBSTRING(CONTENT FROM 1 FOR " + BLOCK
			+ ") FROM DOCUMENTS WHERE ID = ?";
	private static final String POSTGRESQL_NEXT = "SELECT SUBSTRING(CONTENT FROM ? FOR " + BLOCK
			+ ") FROM DOCUMENTS WHERE ID = ?";

	private ContentStreams() {
	}

	/**
	 * Opens the content of the document; the caller closes the stream while the connection and its transaction
	 * are open (every block is read in the caller's transaction, so all of them come from one snapshot).
	 *
	 * @return the stream, or null when there is no such document or it has no content
	 */
	public static InputStream open(Connection connection, Dialect dialect, UUID documentId) throws SQLException {
		Reader reader = reader(connection, dialect);
		try {
			return closing(reader.open(documentId), reader::close);
		} catch (SQLException | RuntimeException e) {
			reader.close();
			throw e;
		}
	}

	/**
	 * A reader of one document after another on the connection, as {@link #open} reads one. Its queries are
	 * prepared once, on first use, and kept until it closes: over a network preparing a query is a round trip
	 * of its own (issue 21: two of the three requests a small document cost going offline).
	 */
	public static Reader reader(Connection connection, Dialect dialect) throws SQLException {
		if (dialect == Dialect.POSTGRESQL) {
			return new Reader(connection, POSTGRESQL_FIRST, POSTGRESQL_NEXT);
		}
		return remote(connection) ? new Reader(connection, H2_FIRST, H2_NEXT) : new Reader(connection, null, null);
	}

	/** Whether an H2 connection goes over the network (a TCP or SSL server) rather than to a file in this process. */
	static boolean remote(Connection connection) throws SQLException {
		String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
		return url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
	}

	/**
	 * Reads documents' content one after another on one connection, its queries prepared once. A stream it
	 * returned is read and closed before the next is opened (they share the queries), and all of them before
	 * the reader closes.
	 */
	public static final class Reader implements AutoCloseable {
		private final Connection connection;
		/** The queries of block reading, or null: the content streamed by the driver (an embedded H2). */
		private final String firstSql;
		private final String nextSql;
		private PreparedStatement first;
		private PreparedStatement next;

		private Reader(Connection connection, String firstSql, String nextSql) {
			this.connection = connection;
			this.firstSql = firstSql;
			this.nextSql = nextSql;
		}

		/**
		 * The content of the document, read in the caller's transaction.
		 *
		 * @return the stream, or null when there is no such document or it has no content
		 */
		public InputStream open(UUID documentId) throws SQLException {
			if (first == null) {
				first = firstSql == null ? connection.prepareStatement("SELECT CONTENT FROM DOCUMENTS WHERE ID = ?")
						: prepare(connection, firstSql);
			}
			first.setObject(1, documentId);
			ResultSet row = first.executeQuery();
			if (!row.next()) {
				row.close();
				return null;
			}
			if (firstSql == null) {
				return closing(row.getBinaryStream(1), row::close);
			}
			long length = row.getLong(1);
			byte[] block = row.getBytes(2);
			if (block == null && row.getMetaData().getColumnCount() > 2) {
				return closing(row.getBinaryStream(3), row::close);
			}
			row.close();
			return block == null ? null : new BlockStream(this, documentId, length, block);
		}

		/** The connection it reads on. */
		public Connection connection() {
			return connection;
		}

		/** The query of the blocks after the first, prepared on first use. */
		PreparedStatement next() throws SQLException {
			if (next == null) {
				next = prepare(connection, nextSql);
			}
			return next;
		}

		@Override
		public void close() throws SQLException {
			try (PreparedStatement a = first; PreparedStatement b = next) {
				first = null;
				next = null;
			}
		}
	}

	/** What a stream closes after itself: the result it comes from, or a one-document reader. */
	private interface Source {
		void close() throws SQLException;
	}

	/** The stream, closing its source when it is closed; null (and the source closed) for null. */
	private static InputStream closing(InputStream content, Source source) throws SQLException {
		if (content == null) {
			source.close();
			return null;
		}
		return new FilterInputStream(content) {
			@Override
			public void close() throws IOException {
				try {
					super.close();
				} finally {
					try {
						source.close();
					} catch (SQLException e) {
						throw new IOException(e);
					}
				}
			}
		};
	}

	/**
	 * Prepares a block query; PostgreSQL's driver is told to prepare it on the server at once, so that its result
	 * comes in binary from the first execution (its default sends the first few as hex text).
	 */
	private static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		if (statement.isWrapperFor(org.postgresql.PGStatement.class)) {
			statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
		}
		return statement;
	}

	/** The content, block after block, each block one request in the caller's transaction. */
	private static final class BlockStream extends InputStream {
		private final Reader reader;
		private final UUID documentId;
		private final long length;
		private byte[] block;
		private int position;
		private long read;

		BlockStream(Reader reader, UUID documentId, long length, byte[] first) {
			this.reader = reader;
			this.documentId = documentId;
			this.length = length;
			this.block = first;
			this.read = first.length;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int count) throws IOException {
			if (count == 0) {
				return 0;
			}
			if (position == block.length && !fill()) {
				return -1;
			}
			int n = Math.min(count, block.length - position);
			System.arraycopy(block, position, buffer, offset, n);
			position += n;
			return n;
		}

		@Override
		public int available() {
			return block.length - position;
		}

		/** Reads the next block; false at the end (the length read with the first block, or an empty block). */
		private boolean fill() throws IOException {
			if (read >= length) {
				return false;
			}
			try {
				PreparedStatement select = reader.next();
				select.setInt(1, Math.toIntExact(read + 1)); // both dialects count from 1, and hold at most 2 GB here
				select.setObject(2, documentId);
				try (ResultSet row = select.executeQuery()) {
					block = row.next() ? row.getBytes(1) : null;
				}
			} catch (SQLException | ArithmeticException e) {
				throw new IOException(e);
			}
			if (block == null || block.length == 0) {
				block = new byte[0];
				read = length; // the row went or shrank: the caller's digest check says so
				return false;
			}
			position = 0;
			read += block.length;
			return true;
		}
	}
}
