package pau.model;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Document contents, streamed: never held in memory whole, whatever their size.
 */
public interface DocumentContent {

	/**
	 * Stores a new document with its content. Size and SHA-256 are computed while streaming and set
	 * on the returned record.
	 *
	 * @param document the document's fields (procedure, file name, media type)
	 * @param content read to its end; not closed
	 */
	Document attach(Document document, InputStream content);

	/** Writes the document's content to the stream; returns the number of bytes written. */
	long copyTo(UUID documentId, OutputStream out);
}
