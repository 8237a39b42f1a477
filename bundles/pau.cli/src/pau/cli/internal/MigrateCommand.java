package pau.cli.internal;

import java.io.PrintStream;
import java.sql.SQLException;

import pau.model.DataException;
import pau.store.DatabaseSettings;
import pau.store.StoreFactory;

/**
 * {@code pau-cli migrate}: upgrades a main database to the schema of this PAU Desk (an
 * administrator's step, docs/schema.md). Offline copies are upgraded by themselves when they open.
 */
final class MigrateCommand implements CliCommand {

	@Override
	public String name() {
		return "migrate"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.Migrate_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		DatabaseSettings settings = MainOptions.read(arguments);
		arguments.rejectUnknown();
		try {
			StoreFactory.Migration migration = Services.get(StoreFactory.class).migrateMain(settings);
			if (migration.from() == migration.to()) {
				out.println(Messages.bind(Messages.Migrate_current, settings.url(), migration.to()));
			} else {
				out.println(Messages.bind(Messages.Migrate_done,
						new Object[] { settings.url(), migration.from(), migration.to() }));
			}
			return ExitCode.OK;
		} catch (DataException e) {
			// Not reachable: 3; newer or not a PAU Desk database: refused; a change that failed: 1.
			int code = e.getCause() instanceof SQLException ? ExitCode.MAIN_UNREACHABLE
					: e.getCause() == null ? ExitCode.REFUSED : ExitCode.FAILED;
			throw new CliException(code, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
