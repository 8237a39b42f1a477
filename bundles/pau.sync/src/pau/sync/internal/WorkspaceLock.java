package pau.sync.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import pau.sync.SyncException;
import pau.sync.SyncException.Reason;

/**
 * One mode change at a time per workspace, across processes (the GUI and pau-cli share a workspace):
 * an OS file lock on {@code <workspace>/.pau-sync/lock} held while going offline, synchronizing or
 * discarding, and while cleaning up at start.
 */
public final class WorkspaceLock implements AutoCloseable {

	private final FileChannel channel;
	private final FileLock lock;

	private WorkspaceLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, or says who cannot have it. */
	static WorkspaceLock acquire(Path workspace) {
		WorkspaceLock lock = tryAcquire(workspace);
		if (lock == null) {
			throw new SyncException(Reason.WRONG_MODE, Messages.Offline_busy);
		}
		return lock;
	}

	/** Takes the lock if nobody holds it; null otherwise. */
	public static WorkspaceLock tryAcquire(Path workspace) {
		try {
			Path file = workspace.resolve(".pau-sync").resolve("lock");
			Files.createDirectories(file.getParent());
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			try {
				FileLock lock = channel.tryLock();
				if (lock != null) {
					return new WorkspaceLock(channel, lock);
				}
			} catch (OverlappingFileLockException e) {
				// Held by this process already (another thread).
			}
			channel.close();
			return null;
		} catch (IOException e) {
			throw new SyncException(Reason.FAILED, e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		} catch (IOException e) {
			// Closing the channel releases the lock anyway.
		}
	}
}
