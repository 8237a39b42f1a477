package pau.store.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;

import javax.sql.DataSource;

import pau.model.DataException;
import pau.model.Document;
import pau.model.DocumentContent;
import pau.store.ContentStreams;
import pau.store.Dialect;
import pau.store.Messages;

/**
 * Document contents through JDBC streams, so a document of any size passes in constant memory.
 */
final class JdbcDocumentContent implements DocumentContent {

	private final DataSource dataSource;
	private final Dialect dialect;

	JdbcDocumentContent(DataSource dataSource, Dialect dialect) {
		this.dataSource = dataSource;
		this.dialect = dialect;
	}

	@Override
	public Document attach(Document document, InputStream content) {
		document.checkValid();
		CountingDigestStream stream = new CountingDigestStream(content);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DOCUMENTS "
						+ "(ID, VERSION, PROCEDURE_ID, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, CONTENT) "
						+ "VALUES (?, 1, ?, ?, ?, 0, NULL, ?)")) {
					insert.setObject(1, document.getId());
					insert.setObject(2, document.getProcedure().getId());
					insert.setString(3, document.getFileName());
					insert.setString(4, document.getMediaType());
					insert.setBinaryStream(5, stream);
					insert.executeUpdate();
				}
				// Size and digest are known only once the stream has been read to its end.
				try (PreparedStatement update = connection
						.prepareStatement("UPDATE DOCUMENTS SET SIZE_BYTES = ?, SHA256 = ? WHERE ID = ?")) {
					update.setLong(1, stream.count);
					update.setString(2, stream.hex());
					update.setObject(3, document.getId());
					update.executeUpdate();
				}
				connection.commit();
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new DataException(Messages.bind(Messages.Store_documentFailed, DataException.rootMessage(e)), e);
		}
		document.setSizeBytes(stream.count);
		document.setSha256(stream.hex());
		return document;
	}

	@Override
	public long copyTo(UUID documentId, OutputStream out) {
		try (Connection connection = dataSource.getConnection()) {
			// LOB streams are valid only within the transaction that read them.
			connection.setAutoCommit(false);
			try (InputStream content = ContentStreams.open(connection, dialect, documentId)) {
				if (content == null) {
					try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM DOCUMENTS WHERE ID = ?")) {
						select.setObject(1, documentId);
						try (ResultSet row = select.executeQuery()) {
							if (!row.next()) {
								throw new DataException(Messages.bind(Messages.Store_documentMissing, documentId));
							}
						}
					}
					return 0;
				}
				return content.transferTo(out);
			} finally {
				connection.rollback();
			}
		} catch (SQLException | IOException e) {
			throw new DataException(Messages.bind(Messages.Store_documentFailed, DataException.rootMessage(e)), e);
		}
	}

	/** Counts and digests what passes; does not close the caller's stream. */
	private static final class CountingDigestStream extends FilterInputStream {
		private final MessageDigest digest;
		private String hex;
		long count;

		CountingDigestStream(InputStream in) {
			super(null);
			this.digest = sha256();
			this.in = new DigestInputStream(in, digest);
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public void close() {
			// The caller owns the stream.
		}

		String hex() {
			if (hex == null) {
				hex = HexFormat.of().formatHex(digest.digest());
			}
			return hex;
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
