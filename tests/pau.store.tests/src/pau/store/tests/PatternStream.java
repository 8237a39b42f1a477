package pau.store.tests;

import java.io.InputStream;

/**
 * Deterministic bytes of any length, made on the fly: large documents without large memory.
 */
final class PatternStream extends InputStream {

	private final long size;
	private long position;

	PatternStream(long size) {
		this.size = size;
	}

	@Override
	public int read() {
		return position < size ? (int) ((position++ * 31 + (position >> 12)) & 0xFF) : -1;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		if (position >= size) {
			return -1;
		}
		int n = (int) Math.min(length, size - position);
		for (int i = 0; i < n; i++) {
			buffer[offset + i] = (byte) read();
		}
		return n;
	}
}
