package pau.store.internal.demo;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of {@code PROCEDURES} as planned, with what the rows hanging off it need to know.
 *
 * @param id row id
 * @param debtor the debtor
 * @param kind procedure type
 * @param caseNumber e.g. {@code А40-123456/2024}; shared by consecutive procedures of one case
 * @param start date the court introduced the procedure
 * @param end date it ended; only for completed and terminated procedures
 * @param status ACTIVE, SUSPENDED, COMPLETED or TERMINATED
 * @param manager the arbitration manager
 */
public record PlannedProcedure(UUID id, Debtor debtor, ProcedureKind kind, String caseNumber, LocalDate start,
		LocalDate end, String status, PersonNames.Name manager) {

	/** The last day anything happened: the end date, or "today" for running procedures. */
	public LocalDate lastDay() {
		return end != null ? end : Formats.TODAY;
	}

	/** Whether the procedure is still going on (active or suspended). */
	public boolean running() {
		return end == null;
	}

	/** The court, from the debtor's region. */
	public String court() {
		return debtor.region().court();
	}
}
