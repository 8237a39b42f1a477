package pau.cli.internal;

/**
 * An error reported to the user as one line, with the process exit code it ends with.
 */
class CliException extends Exception {
	private static final long serialVersionUID = 1L;

	private final int exitCode;

	CliException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	CliException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return exitCode;
	}
}
