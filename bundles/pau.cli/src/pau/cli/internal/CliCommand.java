package pau.cli.internal;

import java.io.PrintStream;

/**
 * One {@code pau-cli} command.
 */
interface CliCommand {

	/** The command's name, its first word on the command line. */
	String name();

	/** One line of usage: name and options. */
	String synopsis();

	/**
	 * Runs the command.
	 *
	 * @return the exit code ({@link ExitCode})
	 * @throws CliException for an error that is reported as one line on standard error
	 */
	int run(CliArguments arguments, PrintStream out, PrintStream err) throws CliException;
}
