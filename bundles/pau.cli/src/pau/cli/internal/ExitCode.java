package pau.cli.internal;

/**
 * Exit codes of {@code pau-cli}, a public contract (SPEC.md, B10).
 */
final class ExitCode {
	static final int OK = 0;
	static final int FAILED = 1;
	static final int BAD_ARGUMENTS = 2;
	static final int MAIN_UNREACHABLE = 3;
	static final int WRONG_MODE = 4;
	static final int REFUSED = 5;
	/** B13: main changed the value again since the synchronization; nothing was written. */
	static final int CHANGED_AGAIN = 6;

	private ExitCode() {
	}
}
