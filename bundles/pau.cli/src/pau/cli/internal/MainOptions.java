package pau.cli.internal;

import pau.store.DatabaseSettings;

/**
 * The options that name a main database: {@code --main URL [--user U] [--password P]}.
 */
final class MainOptions {

	private MainOptions() {
	}

	static DatabaseSettings read(CliArguments arguments) throws CliException {
		String url = arguments.required("main"); //$NON-NLS-1$
		String user = arguments.value("user", DatabaseSettings.DEFAULT_USER); //$NON-NLS-1$
		String password = arguments.value("password", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_badUrl, url));
		}
		return new DatabaseSettings(url, user, password);
	}
}
