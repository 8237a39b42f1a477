package pau.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

/** A pau-server process (H2 TCP on loopback) serving one folder of main databases. */
final class MainServer implements AutoCloseable {

	private final Process process;
	private final int port;

	private MainServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static MainServer start(Product product, Path baseDir, Path log) throws IOException, InterruptedException {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		Process process = new ProcessBuilder(List.of(product.home().resolve("pau-server").toString(),
				Integer.toString(port), baseDir.toString())).redirectErrorStream(true).redirectOutput(log.toFile())
				.start();
		MainServer server = new MainServer(process, port);
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("pau-server ended at start with exit " + process.exitValue() + "; see " + log);
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 200);
				return server;
			} catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		server.close();
		throw new IOException("pau-server did not listen on port " + port + " within 60 s; see " + log);
	}

	/** The URL of the database {@code name} in the served folder. */
	int port() {
		return port;
	}

	String url(String name) {
		return "jdbc:h2:tcp://localhost:" + port + "/" + name;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy(); // SIGTERM: H2 closes its databases in its shutdown hook
		process.waitFor();
	}
}
