package pau.store.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay to a local port, as a network between PAU Desk and a database server: it counts the chunks
 * sent towards the server (each a request its client waits for), and can fall silent as a VPN that drops
 * without a word does ({@link #silence}: what is sent goes nowhere, no connection is closed). Closing it
 * closes every connection it carried, at both ends: as a server does when it finds its client gone.
 */
public final class TestRelay implements AutoCloseable {

	private final ServerSocket listener;
	private final AtomicLong requests = new AtomicLong();
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private volatile boolean silent;

	private TestRelay(ServerSocket listener) {
		this.listener = listener;
	}

	public static TestRelay start(int targetPort) throws IOException {
		TestRelay relay = new TestRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
		Thread accept = new Thread(() -> relay.accept(targetPort), "test-relay");
		accept.setDaemon(true);
		accept.start();
		return relay;
	}

	public int port() {
		return listener.getLocalPort();
	}

	/** Chunks sent towards the server so far. */
	public long requests() {
		return requests.get();
	}

	/** From now on nothing passes either way, and nothing is closed. */
	public void silence() {
		silent = true;
	}

	private void accept(int targetPort) {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				sockets.add(client);
				sockets.add(server);
				pipe(client, server, true);
				pipe(server, client, false);
			} catch (IOException e) {
				// closed
			}
		}
	}

	private void pipe(Socket from, Socket to, boolean towardsServer) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n; (n = in.read(buffer)) > 0;) {
					if (silent) {
						continue;
					}
					if (towardsServer) {
						requests.incrementAndGet();
					}
					out.write(buffer, 0, n);
					out.flush();
				}
			} catch (IOException e) {
				// the connection ended
			}
		}, "test-relay-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		listener.close();
		for (Socket socket : sockets) {
			socket.close();
		}
	}
}
