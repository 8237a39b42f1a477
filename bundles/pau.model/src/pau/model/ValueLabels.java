package pau.model;

import org.eclipse.osgi.util.NLS;

/**
 * Names of the model's values (procedure types and statuses, claim queues and statuses, letter
 * directions) in the user's language, one place for every view of them.
 */
public final class ValueLabels extends NLS {
	private static final String BUNDLE_NAME = "pau.model.labels"; //$NON-NLS-1$

	public static String ProcedureType_OBSERVATION;
	public static String ProcedureType_FINANCIAL_RECOVERY;
	public static String ProcedureType_EXTERNAL_ADMINISTRATION;
	public static String ProcedureType_BANKRUPTCY_PROCEEDINGS;
	public static String ProcedureType_DEBT_RESTRUCTURING;
	public static String ProcedureType_SALE_OF_ASSETS;
	public static String ProcedureStatus_ACTIVE;
	public static String ProcedureStatus_SUSPENDED;
	public static String ProcedureStatus_COMPLETED;
	public static String ProcedureStatus_TERMINATED;
	public static String ClaimQueue_FIRST;
	public static String ClaimQueue_SECOND;
	public static String ClaimQueue_THIRD;
	public static String ClaimQueue_AFTER_REGISTER;
	public static String ClaimStatus_FILED;
	public static String ClaimStatus_INCLUDED;
	public static String ClaimStatus_REJECTED;
	public static String ClaimStatus_SATISFIED;
	public static String Direction_IN;
	public static String Direction_OUT;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ValueLabels.class);
	}

	private ValueLabels() {
	}

	/** The name of the value, e.g. "Bankruptcy proceedings" / "Конкурсное производство"; empty for null. */
	public static String of(Enum<?> value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		try {
			return (String) ValueLabels.class.getField(value.getDeclaringClass().getSimpleName() + '_' + value.name()).get(null);
		} catch (ReflectiveOperationException e) {
			return value.name();
		}
	}
}
