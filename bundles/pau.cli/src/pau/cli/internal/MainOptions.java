package pau.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import pau.store.DatabaseSettings;

/**
 * The options that name a main database: {@code --main URL [--user U] [--password P | --password-file FILE]}.
 */
final class MainOptions {

	private MainOptions() {
	}

	static DatabaseSettings read(CliArguments arguments) throws CliException {
		String url = arguments.required("main"); //$NON-NLS-1$
		String user = arguments.value("user", DatabaseSettings.DEFAULT_USER); //$NON-NLS-1$
		String password = arguments.value("password", null); //$NON-NLS-1$
		String passwordFile = arguments.value("password-file", null); //$NON-NLS-1$
		if (password != null && passwordFile != null) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.Cli_twoPasswords);
		}
		if (passwordFile != null) {
			password = readPassword(passwordFile);
		}
		if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_badUrl, url));
		}
		return new DatabaseSettings(url, user, password == null ? "" : password); //$NON-NLS-1$
	}

	/** The first line of the file: a password that never shows in the process list. */
	private static String readPassword(String file) throws CliException {
		try {
			List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
			return lines.isEmpty() ? "" : lines.get(0); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_passwordFile, file), e);
		}
	}
}
