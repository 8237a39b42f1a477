package pau.sync.internal;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;

import pau.sync.SyncException;
import pau.sync.SyncException.Reason;

/**
 * Verifies a document's content against the SHA256 of its row while it streams by (constant
 * memory): content that does not match was damaged where it is read from, and is never copied on.
 */
final class ContentCheck {

	/** Where the content is read from; says which message names the damage. */
	enum Source {
		/** Going offline: main's content is damaged. */
		MAIN,
		/** Synchronizing: the offline copy's content is damaged. */
		OFFLINE
	}

	private final MessageDigest digest;

	ContentCheck() {
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The content, digested as it is read. */
	InputStream digesting(InputStream content) {
		return new DigestInputStream(content, digest);
	}

	/**
	 * After the content was read to its end: refuses it when it does not match the expected hash.
	 * A row without a hash has nothing to check against.
	 *
	 * @param source the connection the content was read from, to name the document
	 */
	void verify(String expectedSha256, Connection source, Source where, UUID document) throws SQLException {
		if (expectedSha256 == null || expectedSha256.isBlank()) {
			return;
		}
		String actual = HexFormat.of().formatHex(digest.digest());
		if (!actual.equalsIgnoreCase(expectedSha256.strip())) {
			throw damaged(source, where, document);
		}
	}

	/** The refusal naming the document by file name and its procedure's case number. */
	static SyncException damaged(Connection source, Source where, UUID document) throws SQLException {
		String fileName = document.toString();
		String caseNumber = "?";
		try (PreparedStatement select = source.prepareStatement("SELECT D.FILE_NAME, P.CASE_NUMBER FROM DOCUMENTS D "
				+ "LEFT JOIN PROCEDURES P ON P.ID = D.PROCEDURE_ID WHERE D.ID = ?")) {
			select.setObject(1, document);
			try (ResultSet row = select.executeQuery()) {
				if (row.next()) {
					fileName = row.getString(1);
					caseNumber = row.getString(2) == null ? caseNumber : row.getString(2);
				}
			}
		}
		String template = where == Source.MAIN ? Messages.Damage_mainDocument : Messages.Damage_offlineDocument;
		return new SyncException(Reason.DAMAGED, Messages.bind(template, fileName, caseNumber));
	}
}
