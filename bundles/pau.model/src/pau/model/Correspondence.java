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
 * A letter of the procedure's correspondence (делопроизводство), incoming or outgoing.
 */
@Entity
@Table(name = "CORRESPONDENCE")
@NaturalOrder({ "sentOn", "refNumber" })
public class Correspondence extends ProcedureRecord {

	@Enumerated(EnumType.STRING)
	@Column(name = "DIRECTION", nullable = false, length = 3)
	private Direction direction = Direction.IN;

	@Column(name = "SENT_ON")
	private LocalDate sentOn;

	@Column(name = "REF_NUMBER", length = 100)
	private String refNumber;

	@Column(name = "COUNTERPARTY", length = 500)
	private String counterparty;

	@Column(name = "SUBJECT", length = 1000)
	private String subject;

	@ManyToOne
	@JoinColumn(name = "DOCUMENT_ID")
	private Document document;

	public Direction getDirection() {
		return direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public LocalDate getSentOn() {
		return sentOn;
	}

	public void setSentOn(LocalDate sentOn) {
		this.sentOn = sentOn;
	}

	public String getRefNumber() {
		return refNumber;
	}

	public void setRefNumber(String refNumber) {
		this.refNumber = refNumber;
	}

	public String getCounterparty() {
		return counterparty;
	}

	public void setCounterparty(String counterparty) {
		this.counterparty = counterparty;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public Document getDocument() {
		return document;
	}

	public void setDocument(Document document) {
		this.document = document;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (direction == null) {
			problems.add(Messages.Validation_directionRequired);
		}
		return problems;
	}
}
