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
@NaturalOrder("name")
public class Enterprise extends Party {

	@Column(name = "OGRN", length = 15)
	private String ogrn;

	@Column(name = "ADDRESS", length = 1000)
	private String address;

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
		if (!blank(ogrn) && !TaxIds.isValidOgrn(ogrn)) {
			problems.add(Messages.bind(Messages.Validation_ogrnInvalid, ogrn));
		}
		return problems;
	}
}
