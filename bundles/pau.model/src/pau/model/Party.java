package pau.model;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A named party with an INN: the debtor (an enterprise) or a creditor.
 */
@MappedSuperclass
public abstract class Party extends Record {

	@Column(name = "NAME", nullable = false, length = 500)
	private String name;

	@Column(name = "INN", length = 12)
	private String inn;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getInn() {
		return inn;
	}

	public void setInn(String inn) {
		this.inn = inn;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (blank(name)) {
			problems.add(Messages.Validation_nameRequired);
		}
		if (!blank(inn) && !TaxIds.isValidInn(inn)) {
			problems.add(Messages.bind(Messages.Validation_innInvalid, inn));
		}
		return problems;
	}

	@Override
	public String toString() {
		return name;
	}
}
