package pau.model;

import java.math.BigDecimal;
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
 * An entry of the register of creditors' claims.
 */
@Entity
@Table(name = "CLAIMS")
@NaturalOrder({ "queue", "filedOn", "id" })
public class Claim extends ProcedureRecord {

	@ManyToOne(optional = false)
	@JoinColumn(name = "CREDITOR_ID", nullable = false)
	private Creditor creditor;

	@Column(name = "AMOUNT", nullable = false, precision = 19, scale = 2)
	private BigDecimal amount = BigDecimal.ZERO;

	@Enumerated(EnumType.STRING)
	@Column(name = "QUEUE", nullable = false, length = 20)
	private ClaimQueue queue = ClaimQueue.THIRD;

	@Column(name = "BASIS", length = 1000)
	private String basis;

	@Column(name = "FILED_ON")
	private LocalDate filedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "STATUS", nullable = false, length = 20)
	private ClaimStatus status = ClaimStatus.FILED;

	public Creditor getCreditor() {
		return creditor;
	}

	public void setCreditor(Creditor creditor) {
		this.creditor = creditor;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public ClaimQueue getQueue() {
		return queue;
	}

	public void setQueue(ClaimQueue queue) {
		this.queue = queue;
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public void setFiledOn(LocalDate filedOn) {
		this.filedOn = filedOn;
	}

	public ClaimStatus getStatus() {
		return status;
	}

	public void setStatus(ClaimStatus status) {
		this.status = status;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (creditor == null) {
			problems.add(Messages.Validation_creditorRequired);
		}
		if (amount == null || amount.signum() < 0) {
			problems.add(Messages.Validation_amountNegative);
		}
		if (queue == null) {
			problems.add(Messages.Validation_queueRequired);
		}
		return problems;
	}
}
