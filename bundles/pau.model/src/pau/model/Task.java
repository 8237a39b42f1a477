package pau.model;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A duty of the procedure's calendar (мероприятие): what is due by when, and whether it is done.
 */
@Entity
@Table(name = "TASKS")
@NaturalOrder({ "dueOn", "title", "id" })
public class Task extends ProcedureRecord {

	@Column(name = "DUE_ON", nullable = false)
	private LocalDate dueOn;

	@Column(name = "TITLE", nullable = false, length = 1000)
	private String title;

	@Column(name = "DONE", nullable = false)
	private boolean done;

	@Column(name = "DONE_ON")
	private LocalDate doneOn;

	@Column(name = "NOTE", length = 4000)
	private String note;

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public boolean isDone() {
		return done;
	}

	public void setDone(boolean done) {
		this.done = done;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	public void setDoneOn(LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (dueOn == null) {
			problems.add(Messages.Validation_dateRequired);
		}
		if (blank(title)) {
			problems.add(Messages.Validation_titleRequired);
		}
		return problems;
	}
}
