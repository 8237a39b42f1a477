package pau.model;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A meeting of creditors.
 */
@Entity
@Table(name = "MEETINGS")
@NaturalOrder("heldAt")
public class Meeting extends ProcedureRecord {

	@Column(name = "HELD_AT")
	private LocalDateTime heldAt;

	@Column(name = "PLACE", length = 500)
	private String place;

	@Column(name = "AGENDA", length = 4000)
	private String agenda;

	@Column(name = "RESULT", length = 4000)
	private String result;

	public LocalDateTime getHeldAt() {
		return heldAt;
	}

	public void setHeldAt(LocalDateTime heldAt) {
		this.heldAt = heldAt;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getResult() {
		return result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (heldAt == null) {
			problems.add(Messages.Validation_dateRequired);
		}
		return problems;
	}
}
