package pau.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import pau.store.DatabaseFault;

/**
 * {@code pau-cli}: the headless application. Dispatches the first argument to a {@link CliCommand}.
 */
public class CliApplication implements IApplication {

	private final Map<String, CliCommand> commands = new TreeMap<>();
	/** Freed when memory runs out, so that the one line saying so can still be printed. */
	@SuppressWarnings("unused")
	private byte[] memoryReserve = new byte[1024 * 1024];

	public CliApplication() {
		register(new StatusCommand());
		register(new GoOfflineCommand());
		register(new TakeCommand());
		register(new RefreshCommand());
		register(new SyncCommand());
		register(new DiscardCommand());
		register(new DemoDataCommand());
		register(new RecoverCommand());
		register(new InitMainCommand());
		register(new MigrateCommand());
		register(new ReportsCommand());
		register(new RestoreCommand());
	}

	private void register(CliCommand command) {
		commands.put(command.name(), command);
	}

	@Override
	public Object start(IApplicationContext context) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		// A background thread's failure (a driver's cleaner running out of memory beside the command) goes to the
		// workspace log, never as a stack trace on the terminal: the command's own line says what happened.
		Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
			try {
				if (!(e instanceof OutOfMemoryError)) {
					log(e);
				}
			} catch (Throwable ignored) { // nothing is left to report it with
			}
		});
		long started = System.nanoTime();
		int exit = run(args == null ? new String[0] : args, out, err);
		if (Boolean.getBoolean("pau.cli.timing")) { //$NON-NLS-1$
			// For the benchmark (releng/bench): the command's own time, without the JVM's and Equinox's start.
			err.println(String.format(java.util.Locale.ROOT, "in-process: %.3f s", (System.nanoTime() - started) / 1e9)); //$NON-NLS-1$
			String steps = pau.store.StepTimes.summary();
			if (!steps.isEmpty()) {
				err.println("in-process steps: " + steps); //$NON-NLS-1$
			}
		}
		return Integer.valueOf(exit);
	}

	/**
	 * Runs one command line.
	 *
	 * @return the process exit code
	 */
	int run(String[] arguments, PrintStream out, PrintStream err) {
		String[] args = workspaceAfterCommand(arguments);
		if (args.length == 0) {
			err.println(usage());
			return ExitCode.BAD_ARGUMENTS;
		}
		String name = args[0];
		if ("help".equals(name) || "--help".equals(name) || "-h".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println(usage());
			return ExitCode.OK;
		}
		CliCommand command = commands.get(name);
		if (command == null) {
			err.println(Messages.bind(Messages.Cli_unknownCommand, name));
			err.println(usage());
			return ExitCode.BAD_ARGUMENTS;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return command.run(CliArguments.parse(rest), out, err);
		} catch (CliException e) {
			err.println(oneLine(e.getMessage()));
			return e.exitCode();
		} catch (OutOfMemoryError e) {
			memoryReserve = null; // room to say so
			err.println(Messages.Cli_outOfMemory);
			return ExitCode.FAILED;
		} catch (RuntimeException | Error e) {
			// Never a stack trace in the user's face: one line, the details in the workspace log.
			DatabaseFault fault = DatabaseFault.of(e, ""); //$NON-NLS-1$
			if (fault == DatabaseFault.OUT_OF_MEMORY) {
				memoryReserve = null;
				err.println(Messages.Cli_outOfMemory);
				return ExitCode.FAILED;
			}
			if (fault != DatabaseFault.DISK_FULL) { // a full disk has no room for the log either
				log(e);
			}
			err.println("pau-cli: " + oneLine(fault.describe(e))); //$NON-NLS-1$
			return ExitCode.FAILED;
		}
	}

	/**
	 * "--workspace DIR" may also come before the command's name (the launcher has already made it the
	 * instance location); the command reads it after its name.
	 */
	private static String[] workspaceAfterCommand(String[] args) {
		if (args.length == 0 || !args[0].startsWith("--workspace")) { //$NON-NLS-1$
			return args;
		}
		int option = args[0].contains("=") || args.length == 1 ? 1 : 2; //$NON-NLS-1$
		List<String> moved = new java.util.ArrayList<>(Arrays.asList(args).subList(option, args.length));
		moved.addAll(moved.isEmpty() ? 0 : 1, Arrays.asList(args).subList(0, option));
		return moved.toArray(String[]::new);
	}

	private static void log(Throwable e) {
		try {
			org.eclipse.core.runtime.ILog.of(CliApplication.class).error(String.valueOf(e.getMessage()), e);
		} catch (RuntimeException | Error logFailed) {
			// The line on standard error is what counts.
		}
	}

	/** Errors go to standard error as one line (SPEC.md, B10). */
	static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String usage() {
		StringBuilder text = new StringBuilder(Messages.Cli_usage);
		for (CliCommand command : commands.values()) {
			text.append(System.lineSeparator()).append("  ").append(command.synopsis()); //$NON-NLS-1$
		}
		text.append(System.lineSeparator()).append(Messages.Cli_usageWorkspace);
		return text.toString();
	}

	@Override
	public void stop() {
		// Commands are short and run to completion; nothing to interrupt.
	}
}
