package pau.model;

/**
 * Type of a bankruptcy procedure. The names are stored as-is in {@code PROCEDURES.TYPE}.
 */
public enum ProcedureType {
	OBSERVATION, FINANCIAL_RECOVERY, EXTERNAL_ADMINISTRATION, BANKRUPTCY_PROCEEDINGS, DEBT_RESTRUCTURING, SALE_OF_ASSETS
}
