package pau.cli.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;

import pau.model.DataException;
import pau.store.DatabaseSettings;
import pau.store.DemoData;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * {@code pau-cli demo-data}: creates the schema if missing and fills the database with demo data.
 */
final class DemoDataCommand implements CliCommand {

	@Override
	public String name() {
		return "demo-data"; //$NON-NLS-1$
	}

	@Override
	public String synopsis() {
		return Messages.DemoData_synopsis;
	}

	@Override
	public int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException {
		DatabaseSettings settings = MainOptions.read(arguments);
		int procedures = arguments.intValue("procedures", DemoData.Options.defaults().procedures()); //$NON-NLS-1$
		int documentsMb = arguments.intValue("documents-mb", DemoData.Options.defaults().documentsMb()); //$NON-NLS-1$
		int seed = arguments.intValue("seed", (int) DemoData.Options.defaults().seed()); //$NON-NLS-1$
		arguments.rejectUnknown();
		DemoData.Options options;
		try {
			options = new DemoData.Options(procedures, documentsMb, seed);
		} catch (IllegalArgumentException e) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, "pau-cli: " + e.getMessage()); //$NON-NLS-1$
		}
		StoreFactory factory = Services.get(StoreFactory.class);
		Store store;
		try {
			store = factory.createMain(settings); // demo-data may start a new database (SPEC.md, B10)
		} catch (DataException e) {
			throw new CliException(ExitCode.MAIN_UNREACHABLE, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		}
		try (store; Connection connection = store.dataSource().getConnection()) {
			long started = System.nanoTime();
			DemoData.Summary summary = DemoData.generate(connection, options, out::println);
			out.println(Messages.bind(Messages.DemoData_done, new Object[] { summary.procedures(),
					summary.enterprises(), summary.creditors(), summary.claims(), summary.meetings(),
					summary.letters(), summary.documents(), summary.documentBytes() / (1024 * 1024),
					(System.nanoTime() - started) / 1_000_000 }));
			return ExitCode.OK;
		} catch (SQLException e) {
			throw new CliException(ExitCode.FAILED, "pau-cli: " + pau.store.DatabaseFault.explain(e, settings.url()), e); //$NON-NLS-1$
		} catch (DataException e) {
			throw new CliException(ExitCode.FAILED, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
