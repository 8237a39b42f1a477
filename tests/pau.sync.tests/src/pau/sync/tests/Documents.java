package pau.sync.tests;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import pau.store.ContentStreams;
import pau.store.Dialect;

/**
 * Documents of any size written by plain SQL, with generated content, and their checksums.
 */
final class Documents {

	private Documents() {
	}

	/** Inserts a document of {@code size} pseudo-random bytes with its correct SHA256; returns the hash. */
	static String insert(DataSource db, UUID id, UUID procedure, String fileName, int size, long seed) throws Exception {
		String sha256 = sha256(content(size, seed));
		try (Connection connection = db.getConnection(); PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO DOCUMENTS (ID, VERSION, PROCEDURE_ID, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, CONTENT) "
						+ "VALUES (?, 1, ?, ?, 'application/pdf', ?, ?, ?)")) {
			insert.setObject(1, id);
			insert.setObject(2, procedure);
			insert.setString(3, fileName);
			insert.setLong(4, size);
			insert.setString(5, sha256);
			insert.setBinaryStream(6, content(size, seed), size);
			insert.executeUpdate();
		}
		return sha256;
	}

	/** The SHA-256 of a document's content as stored, or null when it has none. */
	static String sha256In(DataSource db, Dialect dialect, UUID id) throws Exception {
		try (Connection connection = db.getConnection(); InputStream content = ContentStreams.open(connection, dialect, id)) {
			return content == null ? null : sha256(content);
		}
	}

	static String sha256(InputStream content) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(content, digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The same bytes as {@link #content(long, long)} with 16 of them inverted from {@code at} on: damage. */
	static InputStream damaged(long size, long seed, long at) {
		return new java.io.FilterInputStream(content(size, seed)) {
			private long position;

			@Override
			public int read() throws java.io.IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
				int n = in.read(buffer, offset, length);
				for (int i = 0; i < n; i++) {
					if (position + i >= at && position + i < at + 16) {
						buffer[offset + i] ^= (byte) 0xFF;
					}
				}
				position += Math.max(n, 0);
				return n;
			}
		};
	}

	/** Deterministic pseudo-random bytes, generated block by block as they are read (constant memory). */
	static InputStream content(long size, long seed) {
		return new InputStream() {
			private final byte[] block = new byte[8192];
			private long position;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (position == size) {
					return -1;
				}
				int inBlock = (int) (position % block.length);
				if (inBlock == 0) {
					new Random(seed * 1_000_003 + position / block.length).nextBytes(block);
				}
				int n = (int) Math.min(Math.min(length, block.length - inBlock), size - position);
				System.arraycopy(block, inBlock, buffer, offset, n);
				position += n;
				return n;
			}
		};
	}
}
