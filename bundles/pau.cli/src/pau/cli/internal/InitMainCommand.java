package pau.cli.internal;

import java.io.PrintStream;
import java.sql.SQLException;

import pau.model.DataException;
import pau.store.DatabaseSettings;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * {@code pau-cli init-main}: creates a new main database (H2) or the schema in an empty one. The only
 * command besides {@code demo-data} that creates a database; every other command refuses a URL that
 * names none, so a typo never starts an empty main database.
 */
final class InitMainCommand implements CliCommand {

	@Override
	public String name() {
		return "init-main"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.InitMain_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		DatabaseSettings settings = MainOptions.read(arguments);
		arguments.rejectUnknown();
		StoreFactory factory = Services.get(StoreFactory.class);
		try (Store store = factory.createMain(settings)) {
			out.println(Messages.bind(store.createdNow() ? Messages.InitMain_created : Messages.InitMain_exists,
					settings.url(), store.schemaVersion()));
			return ExitCode.OK;
		} catch (DataException e) {
			// Not reachable (or the server does not let clients create databases): 3; tables of
			// another program in it: refused.
			int code = e.getCause() instanceof SQLException ? ExitCode.MAIN_UNREACHABLE : ExitCode.REFUSED;
			throw new CliException(code, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
