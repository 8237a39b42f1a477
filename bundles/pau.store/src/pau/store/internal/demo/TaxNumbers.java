package pau.store.internal.demo;

import pau.model.TaxIds;

/**
 * Makes INNs and OGRNs that look like real ones (region code, tax office, registration year) and pass the
 * check-digit tests of {@link TaxIds}.
 */
public final class TaxNumbers {

	private TaxNumbers() {
	}

	/** A 10-digit INN of an organisation registered in the region. */
	public static String inn10(DemoRandom random, Region region) {
		return TaxIds.completeInn10(region.taxCode() + office(random) + random.digits(5));
	}

	/** A 12-digit INN of an individual living in the region. */
	public static String inn12(DemoRandom random, Region region) {
		return TaxIds.completeInn12(region.taxCode() + office(random) + random.digits(6));
	}

	/** A 13-digit OGRN of an organisation registered in the given year. */
	public static String ogrn(DemoRandom random, Region region, int year) {
		String sign = year < 2003 ? "1" : random.pick("1", "5");
		return TaxIds.completeOgrn(sign + twoDigits(year) + region.taxCode() + random.digits(7));
	}

	/** A 15-digit OGRNIP of an entrepreneur registered in the given year. */
	public static String ogrnip(DemoRandom random, Region region, int year) {
		return TaxIds.completeOgrn("3" + twoDigits(year) + region.taxCode() + random.digits(9));
	}

	/** Number of the tax office inside the region, 01 to 46. */
	private static String office(DemoRandom random) {
		return twoDigits(random.between(1, 46));
	}

	private static String twoDigits(int value) {
		int twoDigits = value % 100;
		return twoDigits < 10 ? "0" + twoDigits : Integer.toString(twoDigits);
	}
}
