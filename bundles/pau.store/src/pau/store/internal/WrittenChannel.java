package pau.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBaseDefault;

/** A database file's channel whose writes {@link WrittenBlocks} notes; everything else goes straight through. */
final class WrittenChannel extends FileBaseDefault {

	private final FileChannel base;
	private final WrittenBlocks blocks;

	WrittenChannel(FileChannel base, WrittenBlocks blocks) {
		this.base = base;
		this.blocks = blocks;
	}

	@Override
	public int read(ByteBuffer dst, long position) throws IOException {
		return base.read(dst, position);
	}

	@Override
	public int write(ByteBuffer src, long position) throws IOException {
		return blocks.write(base, src, position);
	}

	@Override
	protected void implTruncate(long size) throws IOException {
		blocks.truncate(base, size);
	}

	@Override
	public long size() throws IOException {
		return base.size();
	}

	@Override
	public void force(boolean metaData) throws IOException {
		base.force(metaData);
	}

	@Override
	public FileLock lock(long position, long size, boolean shared) throws IOException {
		return base.lock(position, size, shared);
	}

	@Override
	public FileLock tryLock(long position, long size, boolean shared) throws IOException {
		return base.tryLock(position, size, shared);
	}

	@Override
	protected void implCloseChannel() throws IOException {
		try {
			base.close();
		} finally {
			blocks.closed();
		}
	}

	@Override
	public String toString() {
		return base.toString();
	}
}
