package pau.model;

import java.util.List;

/**
 * A record breaks a rule of the domain; nothing was saved.
 */
public class ValidationException extends DataException {
	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public ValidationException(List<String> problems) {
		super(String.join(System.lineSeparator(), problems));
		this.problems = List.copyOf(problems);
	}

	/** The problems, as user-visible messages. */
	public List<String> getProblems() {
		return problems;
	}
}
