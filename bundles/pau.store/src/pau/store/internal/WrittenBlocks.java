package pau.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * What PAU Desk's own H2 engine wrote into an offline database's file (B17 without reading a copy back
 * whole every time, issue 21 item 4): a CRC32C of every 4 KiB block of the file as it was written through
 * {@link FilePathWritten} (beneath H2's encryption, so of the encrypted bytes), kept beside the file in
 * {@code offline.written} when H2 closes it.
 * <p>
 * A file whose every block still matches holds exactly the bytes PAU Desk wrote, on top of a file that
 * read back whole or that it wrote itself from the start: checking that reads the file once, without
 * decrypting or parsing it. Any block that differs — another program wrote to the copy (a plain H2 client
 * through {@code PAU_OFFLINE_KEY}), the disk changed it, PAU Desk was killed before H2 closed the file, the
 * file came from a backup or an older release — sends the copy to the whole read-back
 * ({@link OfflineVerifier}), which stays the judge of damage; once it passes, the file as it was then
 * becomes what is known. A mismatch can only cost a read-back; only bytes PAU Desk wrote or read back
 * whole ever match.
 */
final class WrittenBlocks {

	static final int BLOCK = 4096;

	private static final int MAGIC = 0x50415557; // "PAUW"
	private static final int VERSION = 1;
	private static final String RECORD_SUFFIX = ".written"; //$NON-NLS-1$

	/** The files H2 has open for writing through the layer in this process, by real path. */
	private static final Map<Path, WrittenBlocks> OPEN = new ConcurrentHashMap<>();

	private final Path file;
	private final byte[] loaded;
	private int[] crcs;
	private BitSet known;
	private long size;
	private long writes;
	private int channels;

	private WrittenBlocks(Path file, long size) {
		this.file = file;
		this.size = size;
		this.crcs = new int[blocks(size)];
		this.known = new BitSet();
		this.loaded = readRecord(record(file));
		// The record as readRecord found it whole: MAGIC, VERSION, size, count, the checksums, its own.
		if (loaded != null) {
			ByteBuffer record = ByteBuffer.wrap(loaded);
			if (record.getLong(8) == size && record.getInt(16) == crcs.length) {
				record.position(20).asIntBuffer().get(crcs);
				known.set(0, crcs.length);
			}
		}
	}

	/** Tracks the writes to an offline database's file H2 opens for writing through the layer. */
	static FileChannel track(Path file, FileChannel base) throws IOException {
		Path key = key(file);
		long size = base.size();
		WrittenBlocks blocks = OPEN.compute(key, (k, open) -> {
			WrittenBlocks b = open != null ? open : new WrittenBlocks(k, size);
			b.channels++;
			return b;
		});
		return new WrittenChannel(base, blocks);
	}

	/**
	 * Whether the file holds exactly what this process's H2 wrote to it on top of what is known: false also
	 * when H2 does not have it open through the layer here (nothing is known then).
	 *
	 * @return the check, to {@link Check#trust} once the whole read-back passed; null when not open here
	 */
	static Check check(Path file) throws IOException {
		WrittenBlocks blocks = OPEN.get(key(file));
		return blocks == null ? null : blocks.scan();
	}

	/** The record kept beside the file: {@code offline.mv.db.written} for {@code offline.mv.db}. */
	static Path record(Path file) {
		return file.resolveSibling(file.getFileName() + RECORD_SUFFIX);
	}

	/**
	 * H2 moved a database file over another (compacting into a new file, then replacing the old one): what
	 * is known of the one moved goes with it. Called after the move.
	 */
	static void moved(Path from, Path to) throws IOException {
		forget(to);
		if (Files.exists(record(from))) {
			Files.move(record(from), record(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.deleteIfExists(record(to));
		}
	}

	/** H2 deleted a database file: nothing of it is known any more. */
	static void deleted(Path file) throws IOException {
		forget(file);
		Files.deleteIfExists(record(file));
	}

	private static void forget(Path file) {
		WrittenBlocks blocks = OPEN.get(key(file));
		if (blocks != null) {
			synchronized (blocks) {
				blocks.known.clear();
				blocks.writes++;
			}
		}
	}

	/** One reading of the file's blocks, compared with what is known. */
	static final class Check {

		private final WrittenBlocks blocks;
		private final int[] crcs;
		private final long size;
		private final long writes;
		private final boolean asWritten;

		private Check(WrittenBlocks blocks, int[] crcs, long size, long writes, boolean asWritten) {
			this.blocks = blocks;
			this.crcs = crcs;
			this.size = size;
			this.writes = writes;
			this.asWritten = asWritten;
		}

		/** Whether every block is as PAU Desk wrote it (or as it read back whole). */
		boolean asWritten() {
			return asWritten;
		}

		/**
		 * The whole read-back passed on the file as this check read it: its blocks become what is known,
		 * unless H2 wrote in between (then the next check reads back again).
		 */
		void trust() {
			synchronized (blocks) {
				if (blocks.writes == writes && blocks.size == size) {
					blocks.crcs = crcs.clone();
					blocks.known.set(0, crcs.length);
				}
			}
		}
	}

	private Check scan() throws IOException {
		long before;
		synchronized (this) {
			before = writes;
		}
		long actualSize;
		int[] actual;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			actualSize = channel.size();
			actual = new int[blocks(actualSize)];
			ByteBuffer buffer = ByteBuffer.allocateDirect(256 * BLOCK);
			CRC32C crc = new CRC32C();
			long position = 0;
			int block = 0;
			while (position < actualSize) {
				buffer.clear();
				while (buffer.hasRemaining() && position + buffer.position() < actualSize) {
					if (channel.read(buffer, position + buffer.position()) < 0) {
						break;
					}
				}
				buffer.flip();
				position += buffer.remaining();
				while (buffer.hasRemaining()) {
					int length = Math.min(BLOCK, buffer.remaining());
					ByteBuffer slice = buffer.slice(buffer.position(), length);
					crc.reset();
					crc.update(slice);
					actual[block++] = (int) crc.getValue();
					buffer.position(buffer.position() + length);
				}
			}
			if (block != actual.length) {
				actual = Arrays.copyOf(actual, block);
			}
		} catch (NoSuchFileException e) {
			return new Check(this, new int[0], -1, -1, false);
		}
		synchronized (this) {
			int count = actual.length;
			boolean same = writes == before && size == actualSize && count == blocks(size) && known.nextClearBit(0) >= count
					&& Arrays.equals(crcs, 0, count, actual, 0, count);
			return new Check(this, actual, actualSize, before, same);
		}
	}

	/** Writes through to the file and notes the blocks' checksums as written. */
	synchronized int write(FileChannel base, ByteBuffer src, long position) throws IOException {
		ByteBuffer written = src.duplicate();
		long sizeBefore = size;
		int n = base.write(src, position);
		if (n <= 0) {
			return n;
		}
		writes++;
		long end = position + n;
		size = Math.max(size, end);
		if (blocks(size) > crcs.length) {
			crcs = Arrays.copyOf(crcs, Math.max(blocks(size), crcs.length * 2 + 1));
		}
		// From the old end when this write leaves a gap: the file reads zeros there now.
		long from = Math.min(position, sizeBefore) / BLOCK * BLOCK;
		CRC32C crc = new CRC32C();
		for (long at = from; at < end; at += BLOCK) {
			int block = (int) (at / BLOCK);
			long blockEnd = Math.min(at + BLOCK, size);
			crc.reset();
			if (at >= position && blockEnd <= end) {
				int offset = (int) (at - position);
				crc.update(written.slice(written.position() + offset, (int) (blockEnd - at)));
			} else {
				crc.update(readBack(base, at, (int) (blockEnd - at)));
			}
			crcs[block] = (int) crc.getValue();
			known.set(block);
		}
		return n;
	}

	synchronized void truncate(FileChannel base, long newSize) throws IOException {
		base.truncate(newSize);
		writes++;
		long actual = base.size();
		if (actual < size) {
			size = actual;
			known.clear(blocks(size), Math.max(blocks(size), crcs.length));
			if (size % BLOCK != 0) { // the last block is shorter now
				int last = (int) (size / BLOCK);
				CRC32C crc = new CRC32C();
				crc.update(readBack(base, (long) last * BLOCK, (int) (size % BLOCK)));
				crcs[last] = (int) crc.getValue();
				known.set(last);
			}
		}
	}

	/** H2 closed the file: when the last channel goes, what is known is kept beside the file. */
	void closed() {
		synchronized (this) {
			if (--channels > 0) {
				return;
			}
		}
		OPEN.remove(file, this);
		byte[] now = recordBytes();
		if (Arrays.equals(now, loaded)) {
			return; // written nothing: nothing to write (a read-only use leaves the folder as it was)
		}
		Path record = record(file);
		Path part = record.resolveSibling(record.getFileName() + ".part"); //$NON-NLS-1$
		try {
			if (now == null) {
				Files.deleteIfExists(record);
				return;
			}
			Files.write(part, now);
			Files.move(part, record, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			// Without its record the next check reads the copy back whole: nothing is at stake but time.
			try {
				Files.deleteIfExists(part);
				Files.deleteIfExists(record);
			} catch (IOException again) {
				// A stale record never matches a file that changed since.
			}
		}
	}

	/** The record of what is known, or null when some block is not. */
	private synchronized byte[] recordBytes() {
		int count = blocks(size);
		if (known.nextClearBit(0) < count) {
			return null;
		}
		ByteBuffer record = ByteBuffer.allocate(24 + 4 * count);
		record.putInt(MAGIC).putInt(VERSION).putLong(size).putInt(count);
		record.asIntBuffer().put(crcs, 0, count);
		CRC32C crc = new CRC32C();
		crc.update(record.array(), 0, record.capacity() - 4);
		record.putInt(record.capacity() - 4, (int) crc.getValue());
		return record.array();
	}

	/** The record's bytes when they are whole (their own checksum matches), else null. */
	private static byte[] readRecord(Path record) {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(record)) {
			bytes = in.readAllBytes();
		} catch (IOException e) {
			return null;
		}
		if (bytes.length < 24) {
			return null;
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		CRC32C crc = new CRC32C();
		crc.update(bytes, 0, bytes.length - 4);
		boolean whole = buffer.getInt(0) == MAGIC && buffer.getInt(4) == VERSION
				&& buffer.getInt(bytes.length - 4) == (int) crc.getValue()
				&& bytes.length == 24 + 4 * (long) buffer.getInt(16);
		return whole ? bytes : null;
	}

	private static ByteBuffer readBack(FileChannel base, long position, int length) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(length);
		while (bytes.hasRemaining()) {
			if (base.read(bytes, position + bytes.position()) < 0) {
				break;
			}
		}
		return bytes.flip();
	}

	/** One name for one file however it is reached (H2 and PAU Desk may name it through a symbolic link or not). */
	private static Path key(Path file) {
		try {
			return file.toRealPath();
		} catch (IOException e) {
			return file.toAbsolutePath().normalize(); // gone (deleted): no open file has this name any more
		}
	}

	private static int blocks(long size) {
		return (int) ((size + BLOCK - 1) / BLOCK);
	}
}
