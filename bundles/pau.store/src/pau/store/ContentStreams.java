package pau.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reads a document's content as a stream in constant memory, whatever the dialect: H2 streams its
 * BLOBs itself; PostgreSQL's driver would load a whole BYTEA value, so it is read in chunks.
 */
public final class ContentStreams {

	private static final int CHUNK = 1024 * 1024;

	private ContentStreams() {
	}

	/**
	 * Opens the content of the document; the caller closes the stream while the connection is open.
	 *
	 * @return the stream, or null when there is no such document or it has no content
	 */
	public static InputStream open(Connection connection, Dialect dialect, UUID documentId) throws SQLException {
		return dialect == Dialect.POSTGRESQL ? chunked(connection, documentId) : streamed(connection, documentId);
	}

	private static InputStream streamed(Connection connection, UUID documentId) throws SQLException {
		PreparedStatement select = connection.prepareStatement("SELECT CONTENT FROM DOCUMENTS WHERE ID = ?");
		try {
			select.setObject(1, documentId);
			ResultSet row = select.executeQuery();
			InputStream content = row.next() ? row.getBinaryStream(1) : null;
			if (content == null) {
				select.close();
				return null;
			}
			return new FilterInputStream(content) {
				@Override
				public void close() throws IOException {
					try {
						super.close();
					} finally {
						try {
							select.close();
						} catch (SQLException e) {
							throw new IOException(e);
						}
					}
				}
			};
		} catch (SQLException | RuntimeException e) {
			select.close();
			throw e;
		}
	}

	private static InputStream chunked(Connection connection, UUID documentId) throws SQLException {
		try (PreparedStatement exists = connection
				.prepareStatement("SELECT CONTENT IS NOT NULL FROM DOCUMENTS WHERE ID = ?")) {
			exists.setObject(1, documentId);
			try (ResultSet row = exists.executeQuery()) {
				if (!row.next() || !row.getBoolean(1)) {
					return null;
				}
			}
		}
		return new InputStream() {
			private byte[] chunk = new byte[0];
			private int position;
			private long offset = 1;
			private boolean end;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int off, int length) throws IOException {
				if (position == chunk.length && !fill()) {
					return -1;
				}
				int n = Math.min(length, chunk.length - position);
				System.arraycopy(chunk, position, buffer, off, n);
				position += n;
				return n;
			}

			private boolean fill() throws IOException {
				if (end) {
					return false;
				}
				try (PreparedStatement select = connection
						.prepareStatement("SELECT SUBSTRING(CONTENT FROM ? FOR ?) FROM DOCUMENTS WHERE ID = ?")) {
					select.setInt(1, Math.toIntExact(offset)); // bytea values are at most 1 GB
					select.setInt(2, CHUNK);
					select.setObject(3, documentId);
					try (ResultSet row = select.executeQuery()) {
						chunk = row.next() ? row.getBytes(1) : null;
					}
				} catch (SQLException e) {
					throw new IOException(e);
				}
				if (chunk == null || chunk.length == 0) {
					chunk = new byte[0];
					end = true;
					return false;
				}
				position = 0;
				offset += chunk.length;
				end = chunk.length < CHUNK;
				return true;
			}
		};
	}
}
