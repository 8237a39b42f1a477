package pau.store.internal.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Size and SHA-256 of a generated document, computed by running its generator once without storing anything;
 * the row is then inserted with a second, identical stream.
 *
 * @param size length in bytes
 * @param sha256 lower-case hex digest
 */
public record ContentDigest(long size, String sha256) {

	/** Generates the document described by the spec and digests it. */
	public static ContentDigest of(DocumentSpec spec) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
		ProseText text = new ProseText(spec);
		long size = 0;
		for (byte[] line = text.nextLine(); line != null; line = text.nextLine()) {
			digest.update(line);
			size += line.length;
		}
		return new ContentDigest(size, HexFormat.of().formatHex(digest.digest()));
	}
}
