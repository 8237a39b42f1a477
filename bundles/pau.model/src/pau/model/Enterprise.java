package pau.model;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The debtor: a company or an individual (entrepreneur or citizen).
 */
@Entity
@Table(name = "ENTERPRISES")
public class Enterprise extends Record {

	@Column(name = "NAME", nullable = false, length = 500)
	private String name;

	@Column(name = "INN", length = 12)
	private String inn;

	@Column(name = "OGRN", length = 15)
	private String ogrn;

	@Column(name = "ADDRESS", length = 1000)
	private String address;

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

	public String getOgrn() {
		return ogrn;
	}

	public void setOgrn(String ogrn) {
		this.ogrn = ogrn;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
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
		if (!blank(ogrn) && !TaxIds.isValidOgrn(ogrn)) {
			problems.add(Messages.bind(Messages.Validation_ogrnInvalid, ogrn));
		}
		return problems;
	}

	@Override
	public String toString() {
		return name;
	}
}
