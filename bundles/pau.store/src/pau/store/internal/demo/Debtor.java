package pau.store.internal.demo;

import java.util.UUID;

/**
 * The debtor of a bankruptcy case, one row of {@code ENTERPRISES}.
 *
 * @param id row id
 * @param kind company, entrepreneur or citizen
 * @param name name as registered: «ООО «Вектор»», «ИП Иванов Иван Иванович» or «Иванов Иван Иванович»
 * @param inn 10-digit INN of a company, 12-digit INN of a person
 * @param ogrn OGRN of a company, OGRNIP of an entrepreneur, {@code null} for a citizen
 * @param address legal or home address
 * @param region region of registration; decides the court and the tax office
 * @param head the company's head (for letters and reports) or the person themself
 */
public record Debtor(UUID id, Kind kind, String name, String inn, String ogrn, String address, Region region,
		PersonNames.Name head) {

	/** What sort of debtor; decides which procedure types apply. */
	public enum Kind {
		COMPANY, ENTREPRENEUR, CITIZEN;

		/** Whether the debtor is a natural person (restructuring and sale of assets instead of observation etc.). */
		public boolean isPerson() {
			return this != COMPANY;
		}
	}

	/** A new debtor of the given kind in a random region. */
	public static Debtor create(DemoRandom random, Kind kind) {
		UUID id = random.uuid();
		Region region = Region.pick(random);
		PersonNames.Name person = PersonNames.person(random);
		int registered = random.between(2003, 2021);
		return switch (kind) {
		case COMPANY -> new Debtor(id, kind, OrganisationNames.company(random), TaxNumbers.inn10(random, region),
				TaxNumbers.ogrn(random, region, registered), Addresses.office(random, region), region, person);
		case ENTREPRENEUR -> new Debtor(id, kind, "ИП " + person.full(), TaxNumbers.inn12(random, region),
				TaxNumbers.ogrnip(random, region, registered), Addresses.home(random, region), region, person);
		case CITIZEN -> new Debtor(id, kind, person.full(), TaxNumbers.inn12(random, region), null,
				Addresses.home(random, region), region, person);
		};
	}
}
