package pau.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command: {@code --name value}, {@code --name=value} and flags.
 */
final class CliArguments {

	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> positional = new ArrayList<>();
	private final Set<String> consumed = new HashSet<>();

	private CliArguments() {
	}

	/**
	 * Parses the words after the command name. A word {@code --x} followed by a word that does not
	 * start with {@code --} is an option with a value; otherwise a flag.
	 */
	static CliArguments parse(List<String> words) {
		CliArguments result = new CliArguments();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--")) { //$NON-NLS-1$
				result.positional.add(word);
				continue;
			}
			String name = word.substring(2);
			int eq = name.indexOf('=');
			if (eq >= 0) {
				result.values.put(name.substring(0, eq), name.substring(eq + 1));
			} else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) { //$NON-NLS-1$
				result.values.put(name, words.get(++i));
			} else {
				result.flags.add(name);
			}
		}
		// The launcher turns --workspace into the instance location; it is accepted by every command.
		result.consumed.add("workspace"); //$NON-NLS-1$
		return result;
	}

	String value(String name, String defaultValue) {
		consumed.add(name);
		return values.getOrDefault(name, defaultValue);
	}

	String required(String name) throws CliException {
		String value = value(name, null);
		if (value == null || value.isBlank()) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_missingOption, name));
		}
		return value;
	}

	boolean flag(String name) {
		consumed.add(name);
		return flags.contains(name);
	}

	int intValue(String name, int defaultValue) throws CliException {
		String value = value(name, null);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_notANumber, name, value));
		}
	}

	List<String> positional() {
		return Collections.unmodifiableList(positional);
	}

	/**
	 * Fails on options the command did not ask for, so a typo is not silently ignored. Call after
	 * reading every option.
	 */
	void rejectUnknown() throws CliException {
		rejectUnknownOptions();
		if (!positional.isEmpty()) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_unexpectedArgument, positional.get(0)));
		}
	}

	/** Like {@link #rejectUnknown()}, for a command that takes positional arguments. */
	void rejectUnknownOptions() throws CliException {
		for (String name : values.keySet()) {
			if (!consumed.contains(name)) {
				throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_unknownOption, name));
			}
		}
		for (String name : flags) {
			if (!consumed.contains(name)) {
				throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.Cli_unknownOption, name));
			}
		}
	}
}
