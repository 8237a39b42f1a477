package pau.sync.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

/**
 * Colleagues at work: plain-JDBC clients, each updating one field of claims in main at a steady rate
 * (autocommit, {@code VERSION = VERSION + 1}, as a well-behaved client does). A write that times out
 * on a lock or is chosen as a deadlock victim is retried until it succeeds, as an application would;
 * every other failure is kept and fails the test. Each client remembers the last value it wrote to
 * each row, and how many writes each row received, so the test can prove that none was lost.
 */
final class WritingClients implements AutoCloseable {

	/** One client's field and how it makes the n-th value. */
	record Field(String column, java.util.function.IntFunction<Object> value) {
	}

	static final List<Field> CLAIM_FIELDS = List.of(
			new Field("BASIS", n -> "Клиент: основание " + n),
			new Field("STATUS", n -> List.of("INCLUDED", "REJECTED", "SATISFIED", "FILED").get(n % 4)),
			new Field("FILED_ON", n -> LocalDate.of(2020, 1, 1).plusDays(n)),
			new Field("QUEUE", n -> List.of("FIRST", "SECOND", "AFTER_REGISTER", "THIRD").get(n % 4)));

	private final DataSource main;
	private final List<UUID> rows;
	private final int writesPerSecond;
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean stopping;
	/** Per field: row → last value written (committed). */
	final Map<String, Map<UUID, Object>> lastValues = new ConcurrentHashMap<>();
	/** Row → number of committed writes. */
	final Map<UUID, AtomicInteger> writesPerRow = new ConcurrentHashMap<>();
	final AtomicInteger writes = new AtomicInteger();
	final AtomicInteger retries = new AtomicInteger();
	final AtomicReference<Throwable> failure = new AtomicReference<>();

	WritingClients(DataSource main, List<UUID> rows, int writesPerSecond) {
		this.main = main;
		this.rows = List.copyOf(rows);
		this.writesPerSecond = writesPerSecond;
		for (UUID row : rows) {
			writesPerRow.put(row, new AtomicInteger());
		}
	}

	/** Starts one client per field and returns when every client has committed a few writes. */
	void start() throws InterruptedException {
		CountDownLatch warm = new CountDownLatch(CLAIM_FIELDS.size());
		for (int i = 0; i < CLAIM_FIELDS.size(); i++) {
			Field field = CLAIM_FIELDS.get(i);
			lastValues.put(field.column(), new ConcurrentHashMap<>());
			Thread thread = new Thread(() -> run(field, warm), "client-" + field.column());
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
		if (!warm.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The clients did not start writing");
		}
	}

	private void run(Field field, CountDownLatch warm) {
		Random random = new Random(field.column().hashCode());
		long period = TimeUnit.SECONDS.toNanos(1) / writesPerSecond;
		long next = System.nanoTime();
		int n = 0;
		try (Connection connection = main.getConnection();
				PreparedStatement update = connection.prepareStatement(
						"UPDATE CLAIMS SET " + field.column() + " = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
			while (!stopping) {
				UUID row = rows.get(random.nextInt(rows.size()));
				Object value = field.value().apply(n++);
				write(connection, update, row, value);
				lastValues.get(field.column()).put(row, value);
				writesPerRow.get(row).incrementAndGet();
				synchronized (writes) {
					writes.incrementAndGet();
					writes.notifyAll();
				}
				if (n == 3) {
					warm.countDown();
				}
				next += period;
				long wait = next - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait); // a steady rate, not a test waiting for a condition
				} else {
					next = System.nanoTime(); // behind after a lock wait: go on at the rate, no burst
				}
			}
		} catch (Throwable e) {
			failure.compareAndSet(null, e);
			warm.countDown();
		}
	}

	private void write(Connection connection, PreparedStatement update, UUID row, Object value) throws SQLException {
		while (true) {
			try {
				update.setObject(1, value);
				update.setObject(2, row);
				if (update.executeUpdate() != 1) {
					throw new IllegalStateException("Row " + row + " vanished");
				}
				return;
			} catch (SQLException e) {
				if (!isLockWait(e)) {
					throw e;
				}
				retries.incrementAndGet();
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
			}
		}
	}

	/** H2: lock timeout (50200) or deadlock (40001); PostgreSQL: lock timeout, deadlock. */
	private static boolean isLockWait(SQLException e) {
		String state = e.getSQLState();
		return e.getErrorCode() == 50200 || "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)
				|| "HYT00".equals(state);
	}

	/** Waits until the clients have committed this many more writes (or one failed). */
	void awaitMoreWrites(int more) throws InterruptedException {
		synchronized (writes) {
			int target = writes.get() + more;
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (writes.get() < target && failure.get() == null && System.nanoTime() < deadline) {
				writes.wait(100);
			}
		}
	}

	/** Stops the clients and waits for them. */
	@Override
	public void close() throws InterruptedException {
		stopping = true;
		for (Thread thread : threads) {
			thread.join(TimeUnit.SECONDS.toMillis(60));
		}
	}
}
