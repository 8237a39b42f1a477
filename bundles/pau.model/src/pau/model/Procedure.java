package pau.model;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A bankruptcy procedure of one debtor, with its arbitration case.
 */
@Entity
@Table(name = "PROCEDURES")
@NaturalOrder({ "enterprise.name", "caseNumber" })
public class Procedure extends Record {

	/** Every kind of space (and zero-width ones) in a case number: compiled once, main may hold thousands. */
	private static final java.util.regex.Pattern CASE_SPACES = java.util.regex.Pattern
			.compile("[\\p{Z}\\s\\u200B\\uFEFF]+"); //$NON-NLS-1$
	/** Every dash and minus sign in a case number. */
	private static final java.util.regex.Pattern CASE_DASHES = java.util.regex.Pattern
			.compile("[\\p{Pd}\\u2212\\uFE63\\uFF0D]"); //$NON-NLS-1$

	@ManyToOne(optional = false)
	@JoinColumn(name = "ENTERPRISE_ID", nullable = false)
	private Enterprise enterprise;

	@Enumerated(EnumType.STRING)
	@Column(name = "TYPE", nullable = false, length = 40)
	private ProcedureType type;

	@Column(name = "CASE_NUMBER", length = 60)
	private String caseNumber;

	@Column(name = "COURT", length = 300)
	private String court;

	@Column(name = "START_DATE")
	private LocalDate startDate;

	@Column(name = "END_DATE")
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "STATUS", nullable = false, length = 40)
	private ProcedureStatus status = ProcedureStatus.ACTIVE;

	public Enterprise getEnterprise() {
		return enterprise;
	}

	public void setEnterprise(Enterprise enterprise) {
		this.enterprise = enterprise;
	}

	public ProcedureType getType() {
		return type;
	}

	public void setType(ProcedureType type) {
		this.type = type;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public void setCaseNumber(String caseNumber) {
		this.caseNumber = caseNumber;
	}

	public String getCourt() {
		return court;
	}

	public void setCourt(String court) {
		this.court = court;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public ProcedureStatus getStatus() {
		return status;
	}

	public void setStatus(ProcedureStatus status) {
		this.status = status;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (enterprise == null) {
			problems.add(Messages.Validation_enterpriseRequired);
		}
		if (type == null) {
			problems.add(Messages.Validation_typeRequired);
		}
		if (status == null) {
			problems.add(Messages.Validation_statusRequired);
		}
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			problems.add(Messages.Validation_endBeforeStart);
		}
		return problems;
	}

	/**
	 * The case number as compared to another (M4, pau-cli --case): without any Unicode space (a no-break
	 * space from a court's web page too), every dash and minus sign read as "-", in upper case, with a
	 * Latin A read as the Cyrillic А of Russian arbitration case numbers; empty for none.
	 */
	public static String normalizeCaseNumber(String caseNumber) {
		if (caseNumber == null) {
			return ""; //$NON-NLS-1$
		}
		String text = CASE_SPACES.matcher(caseNumber).replaceAll(""); //$NON-NLS-1$
		text = CASE_DASHES.matcher(text).replaceAll("-"); //$NON-NLS-1$
		return text.toUpperCase(java.util.Locale.ROOT).replace('A', '\u0410');
	}

	@Override
	public String toString() {
		return (enterprise == null ? "" : enterprise.getName() + ", ") + (caseNumber == null ? "" : caseNumber); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
