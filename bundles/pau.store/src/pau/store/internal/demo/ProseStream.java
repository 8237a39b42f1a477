package pau.store.internal.demo;

import java.io.InputStream;
import java.util.Objects;

/**
 * The UTF-8 bytes of a generated document, produced line by line while they are read: memory use does not depend
 * on the document's size.
 */
public final class ProseStream extends InputStream {

	private final ProseText text;
	private byte[] line = new byte[0];
	private int position;
	private boolean finished;

	/** A stream over the document described by the spec. */
	public ProseStream(DocumentSpec spec) {
		this.text = new ProseText(spec);
	}

	@Override
	public int read() {
		if (!fill()) {
			return -1;
		}
		return line[position++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		Objects.checkFromIndexSize(offset, length, buffer.length);
		if (length == 0) {
			return 0;
		}
		int copied = 0;
		while (copied < length && fill()) {
			int chunk = Math.min(length - copied, line.length - position);
			System.arraycopy(line, position, buffer, offset + copied, chunk);
			position += chunk;
			copied += chunk;
		}
		return copied == 0 ? -1 : copied;
	}

	/** Makes sure unread bytes are at hand; false at the end of the document. */
	private boolean fill() {
		while (position == line.length) {
			if (finished) {
				return false;
			}
			byte[] next = text.nextLine();
			if (next == null) {
				finished = true;
				return false;
			}
			line = next;
			position = 0;
		}
		return true;
	}
}
