package pau.model;

/**
 * Status of a procedure. Stored by name.
 */
public enum ProcedureStatus {
	ACTIVE, SUSPENDED, COMPLETED, TERMINATED
}
