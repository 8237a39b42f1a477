package pau.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Main across a slow link (--latency): a TCP relay on loopback in front of pau-server that holds every chunk of
 * bytes, in each direction, for a fixed time before passing it on, in order. A round trip through it costs twice
 * the delay, as over a VPN to an office; bandwidth is not limited. This machine's kernel has no {@code netem}
 * qdisc, so the delay is made here, in user space, for PAU Desk and the floors alike.
 */
final class DelayRelay implements AutoCloseable {

	private final ServerSocket listener;
	private final int targetPort;
	private final long delayNanos;
	/** Chunks sent towards main: each is a request its client waits for, so this counts the round trips. */
	private final AtomicLong requests = new AtomicLong();

	private DelayRelay(int targetPort, int delayMs) throws IOException {
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.targetPort = targetPort;
		this.delayNanos = delayMs * 1_000_000L;
	}

	static DelayRelay start(int targetPort, int delayMs) throws IOException {
		DelayRelay relay = new DelayRelay(targetPort, delayMs);
		Thread accept = new Thread(relay::accept, "delay-relay");
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

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				pipe(client, server, true);
				pipe(server, client, false);
			} catch (IOException e) {
				// closed, or main refused: the client sees its connection end
			}
		}
	}

	private record Chunk(long due, byte[] bytes) {
	}

	/** Reads from {@code from}, and writes each chunk to {@code to} once its delay has passed. */
	private void pipe(Socket from, Socket to, boolean towardsMain) {
		BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream()) {
				for (int n; (n = in.read(buffer)) > 0;) {
					if (towardsMain) {
						requests.incrementAndGet();
					}
					queue.put(new Chunk(System.nanoTime() + delayNanos, java.util.Arrays.copyOf(buffer, n)));
				}
			} catch (IOException | InterruptedException e) {
				// the connection ended
			}
			queue.add(new Chunk(System.nanoTime() + delayNanos, new byte[0]));
		}, "delay-relay-read");
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
		}, "delay-relay-write");
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
