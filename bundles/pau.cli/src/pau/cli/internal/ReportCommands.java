package pau.cli.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import pau.model.DataException;
import pau.store.DatabaseSettings;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.sync.SyncException;

/**
 * What {@code reports} and {@code restore} share: the main database they read, the workspace's or
 * the one {@code --main URL} names (used for this command only; the workspace's settings are left
 * as they are).
 */
final class ReportCommands {

	/** Work on a connection to main. */
	interface Work<T> {
		T run(Connection main) throws SQLException;
	}

	private ReportCommands() {
	}

	/** The main database named by --main (with --user, --password), or null for the workspace's. */
	static DatabaseSettings mainOption(CliArguments arguments) throws CliException {
		return arguments.value("main", null) == null ? null : MainOptions.read(arguments); //$NON-NLS-1$
	}

	/** Runs the work on the main database given, or through the offline service on the workspace's. */
	static <T> T onMain(DatabaseSettings settings, Work<T> work,
			java.util.function.Function<pau.sync.OfflineService, T> workspaceMain) throws CliException {
		if (settings == null) {
			pau.sync.OfflineService service = SyncCommands.offline();
			try {
				return workspaceMain.apply(service);
			} catch (SyncException e) {
				throw SyncCommands.failure(e);
			}
		}
		StoreFactory factory = Services.get(StoreFactory.class);
		try {
			factory.checkReachable(settings, Duration.ofSeconds(10), true); // its connection serves the work right after
		} catch (DataException e) {
			throw new CliException(ExitCode.MAIN_UNREACHABLE, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		}
		try (Store main = factory.openMain(settings); Connection connection = main.dataSource().getConnection()) {
			return work.run(connection);
		} catch (SyncException e) {
			throw SyncCommands.failure(e);
		} catch (DataException e) {
			throw new CliException(ExitCode.MAIN_UNREACHABLE, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (SQLException e) {
			throw new CliException(ExitCode.FAILED, "pau-cli: " + DataException.rootMessage(e), e); //$NON-NLS-1$
		}
	}
}
