package pau.app.internal.common;

import org.eclipse.osgi.util.NLS;

/**
 * Labels of the model's values and formats.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.app.internal.common.messages"; //$NON-NLS-1$

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
	public static String Format_date;
	public static String Format_dateTime;
	public static String Format_datePattern;
	public static String Format_dateTimePattern;
	public static String Format_badDate;
	public static String Format_badDateTime;
	public static String Format_badAmount;
	public static String Format_amountRequired;
	public static String Databases_serviceMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
