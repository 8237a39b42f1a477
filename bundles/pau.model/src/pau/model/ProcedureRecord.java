package pau.model;

import java.util.List;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A record that belongs to one procedure (claims, meetings, correspondence, documents, assets, tasks); deleted with it.
 */
@MappedSuperclass
public abstract class ProcedureRecord extends Record {

	@ManyToOne(optional = false)
	@JoinColumn(name = "PROCEDURE_ID", nullable = false)
	private Procedure procedure;

	public Procedure getProcedure() {
		return procedure;
	}

	public void setProcedure(Procedure procedure) {
		this.procedure = procedure;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (procedure == null) {
			problems.add(Messages.Validation_procedureRequired);
		}
		return problems;
	}
}
