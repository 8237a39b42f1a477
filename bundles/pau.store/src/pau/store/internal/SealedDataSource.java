package pau.store.internal;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;


import org.h2.jdbcx.JdbcDataSource;

/**
 * The offline database's data source. Every commit made through it is sealed (raises the count in
 * {@link OfflineSeal} inside the transaction), made durable before {@code commit()} returns (H2's
 * {@code CHECKPOINT SYNC}: the chunk is written and the file forced to the disk), recorded outside the
 * database, and now and then followed by a backup ({@link OfflineBackups}).
 */
final class SealedDataSource extends ForwardingDataSource {

	private final JdbcDataSource target;
	private final OfflineSeal seal;
	private final OfflineBackups backups;
	/** Whether the seal exists; commits before that (creating the schema) are not counted. */
	private volatile boolean armed;

	SealedDataSource(JdbcDataSource target, OfflineSeal seal, OfflineBackups backups) {
		super(target);
		this.target = target;
		this.seal = seal;
		this.backups = backups;
	}

	void arm() {
		armed = true;
	}

	JdbcDataSource target() {
		return target;
	}

	OfflineSeal seal() {
		return seal;
	}

	OfflineBackups backups() {
		return backups;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return sealed(target.getConnection());
	}

	@Override
	public Connection getConnection(String user, String password) throws SQLException {
		return sealed(target.getConnection(user, password));
	}

	private Connection sealed(Connection connection) {
		return (Connection) Proxy.newProxyInstance(SealedDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Handler(connection));
	}

	private final class Handler implements InvocationHandler {
		private final Connection real;
		/** Whether a statement that may write ran in auto-commit mode since the last seal. */
		private boolean wroteAutoCommitted;

		Handler(Connection real) {
			this.real = real;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
			case "commit": //$NON-NLS-1$
				if (armed && !real.getAutoCommit()) {
					commitSealed();
					return null;
				}
				break;
			case "setAutoCommit": //$NON-NLS-1$
				if (armed && Boolean.TRUE.equals(args[0]) && !real.getAutoCommit()) {
					commitSealed(); // JDBC commits the open transaction here
				}
				break;
			case "prepareStatement", "prepareCall": //$NON-NLS-1$ //$NON-NLS-2$
				if (armed && real.getAutoCommit() && mayWrite(args)) {
					wroteAutoCommitted = true;
				}
				break;
			case "createStatement": //$NON-NLS-1$
				// Its SQL comes later: a statement that only reads (opening the copy reads its schema) is no
				// change, and sealing it would count changes that were never made.
				return watched((Statement) invokeReal(method, args));
			case "close": //$NON-NLS-1$
				if (armed && wroteAutoCommitted && !real.isClosed()) {
					sealAutoCommitted();
				}
				break;
			case "unwrap": //$NON-NLS-1$
				if (((Class<?>) args[0]).isInstance(proxy)) {
					return proxy;
				}
				break;
			default:
				break;
			}
			return invokeReal(method, args);
		}

		private Object invokeReal(Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(real, args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}

		/** A statement that marks the connection as written when it runs SQL that may write in auto-commit mode. */
		private Statement watched(Statement statement) {
			return (Statement) Proxy.newProxyInstance(SealedDataSource.class.getClassLoader(), new Class<?>[] { Statement.class },
					(proxy, method, args) -> {
						if (armed && args != null && args.length > 0 && args[0] instanceof String
								&& method.getName().startsWith("execute") && !"executeQuery".equals(method.getName()) //$NON-NLS-1$ //$NON-NLS-2$
								&& real.getAutoCommit() && mayWrite(args)) {
							wroteAutoCommitted = true;
						}
						if ("addBatch".equals(method.getName()) && armed && real.getAutoCommit()) { //$NON-NLS-1$
							wroteAutoCommitted = true;
						}
						try {
							return method.invoke(statement, args);
						} catch (InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}

		/** Plain SQL in auto-commit mode (another client through this data source): sealed on close. */
		private void sealAutoCommitted() throws SQLException {
			wroteAutoCommitted = false;
			made(OfflineSeal.raise(real));
		}

		private void commitSealed() throws SQLException {
			long sequence = OfflineSeal.raise(real);
			real.commit();
			wroteAutoCommitted = false;
			made(sequence);
		}

		private void made(long sequence) throws SQLException {
			if (sequence < 0) {
				return;
			}
			try (Statement statement = real.createStatement()) {
				statement.execute("CHECKPOINT SYNC"); //$NON-NLS-1$
			}
			try {
				seal.record(sequence, Instant.now());
			} catch (IOException e) {
				// The commit stands; the evidence outside lags behind, which is never taken for damage.
				org.eclipse.core.runtime.ILog.of(SealedDataSource.class).warn("Cannot record the offline seal", e); //$NON-NLS-1$
			}
			backups.afterCommit(target, sequence);
		}
	}

	/** A statement that reads only (by its SQL text) needs no seal; anything else might write. */
	private static boolean mayWrite(Object[] args) {
		if (args == null || args.length == 0 || !(args[0] instanceof String sql)) {
			return true;
		}
		String start = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
		return !(start.startsWith("SELECT") || start.startsWith("WITH") || start.startsWith("VALUES")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
