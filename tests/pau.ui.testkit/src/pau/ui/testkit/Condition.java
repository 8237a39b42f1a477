package pau.ui.testkit;

/**
 * Something a test waits for; evaluated on the UI thread, like SWTBot's {@code ICondition}.
 */
@FunctionalInterface
public interface Condition {

	/** Whether the condition holds now. Runs on the UI thread. */
	boolean test() throws Exception;

	/** What the test waited for, for the failure message. */
	default String description() {
		return "condition"; //$NON-NLS-1$
	}

	/** A condition with a description. */
	static Condition of(String description, Condition condition) {
		return new Condition() {
			@Override
			public boolean test() throws Exception {
				return condition.test();
			}

			@Override
			public String description() {
				return description;
			}
		};
	}
}
