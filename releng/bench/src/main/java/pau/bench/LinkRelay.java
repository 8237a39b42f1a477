package pau.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Main across a link like an office VPN (--latency, --rate; issue 21): a TCP relay on loopback in front of
 * pau-server. Each direction is one serial line of the given rate shared by all connections, followed by the
 * given delay: a chunk of bytes takes its length divided by the rate to go out, after the chunks before it in
 * the same direction, and arrives the delay later, in order. A round trip costs twice the delay plus the time
 * on the line. The relay counts the bytes each way and the requests (chunks towards main, each of which its
 * client waits for). This machine's kernel has no {@code netem} qdisc, so the link is made here, in user
 * space, for PAU Desk and the floors alike.
 */
final class LinkRelay implements AutoCloseable {

	private final ServerSocket listener;
	private final int targetPort;
	private final long delayNanos;
	/** Bytes per second each way; 0: unlimited. */
	private final long rate;
	private final Line towardsMain = new Line();
	private final Line towardsClients = new Line();
	private final AtomicLong requests = new AtomicLong();

	private LinkRelay(int targetPort, int delayMs, long rate) throws IOException {
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.targetPort = targetPort;
		this.delayNanos = delayMs * 1_000_000L;
		this.rate = rate;
	}

	/** A relay to {@code targetPort}, {@code delayMs} each way, {@code mbits} Mbit/s each way (0: unlimited). */
	static LinkRelay start(int targetPort, int delayMs, int mbits) throws IOException {
		LinkRelay relay = new LinkRelay(targetPort, delayMs, mbits * 1_000_000L / 8);
		Thread accept = new Thread(relay::accept, "link-relay");
		accept.setDaemon(true);
		accept.start();
		return relay;
	}

	int port() {
		return listener.getLocalPort();
	}

	/** Requests (chunks towards main) relayed so far, of all connections. */
	long requests() {
		return requests.get();
	}

	/** Bytes relayed so far, both ways, of all connections. */
	long bytes() {
		return towardsMain.bytes.get() + towardsClients.bytes.get();
	}

	/**
	 * The physical limit for moving {@code bytes} across this link with {@code roundTrips} waits for an
	 * answer: the bytes on the line at its rate, plus the round trips' delays, in seconds.
	 */
	double limitSeconds(long bytes, int roundTrips) {
		return (rate == 0 ? 0 : (double) bytes / rate) + roundTrips * 2 * delayNanos / 1e9;
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				pipe(client, server, towardsMain);
				pipe(server, client, towardsClients);
			} catch (IOException e) {
				// closed, or main refused: the client sees its connection end
			}
		}
	}

	/** One direction of the link: when its line is free again, and what crossed it. */
	private final class Line {
		private long freeAt;
		final AtomicLong bytes = new AtomicLong();

		/** When a chunk of {@code length} bytes, ready now, has left the line (its time at the rate, after those before it). */
		synchronized long send(int length) {
			long now = System.nanoTime();
			long start = Math.max(now, freeAt);
			freeAt = start + (rate == 0 ? 0 : length * 1_000_000_000L / rate);
			bytes.addAndGet(length);
			return freeAt;
		}
	}

	private record Chunk(long due, byte[] bytes) {
	}

	/** Reads from {@code from}, and writes each chunk to {@code to} once it has crossed the line and the delay. */
	private void pipe(Socket from, Socket to, Line line) {
		BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream()) {
				for (int n; (n = in.read(buffer)) > 0;) {
					if (line == towardsMain) {
						requests.incrementAndGet();
					}
					queue.put(new Chunk(line.send(n) + delayNanos, Arrays.copyOf(buffer, n)));
				}
			} catch (IOException | InterruptedException e) {
				// the connection ended
			}
			queue.add(new Chunk(System.nanoTime() + delayNanos, new byte[0]));
		}, "link-relay-read");
		Thread writer = new Thread(() -> {
			try (OutputStream out = to.getOutputStream()) {
				while (true) {
					Chunk chunk = queue.take();
					long wait = chunk.due() - System.nanoTime();
					if (wait > 0) {
						Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
					}
					if (chunk.bytes().length == 0) {
						break;
					}
					out.write(chunk.bytes());
					out.flush();
				}
			} catch (IOException | InterruptedException e) {
				// the connection ended
			} finally {
				try {
					to.shutdownOutput();
				} catch (IOException e) {
					// already closed
				}
			}
		}, "link-relay-write");
		reader.setDaemon(true);
		writer.setDaemon(true);
		reader.start();
		writer.start();
	}

	@Override
	public void close() throws IOException {
		listener.close();
	}
}
