package pau.store.internal.demo;

import java.util.List;

/**
 * A Russian region as the demo needs it: its arbitration court (with the case number prefix), tax office,
 * tax region code and a few cities with their postcode prefixes.
 *
 * @param courtCode case number prefix of the court, e.g. {@code А40} (Cyrillic А)
 * @param court full name of the arbitration court
 * @param taxCode two-digit region code that starts INNs and sits inside OGRNs
 * @param taxOffice name of the regional tax authority (a creditor in almost every case)
 * @param name region as written in an address, or {@code null} for a federal city
 * @param cities cities of the region; the first is the capital, where the court sits
 */
public record Region(String courtCode, String court, String taxCode, String taxOffice, String name,
		List<City> cities) {

	/** A city and the first digits of its postcodes. */
	public record City(String name, String postcodePrefix) {
	}

	/** The regions, Moscow first; weights in {@link #pick(DemoRandom)} favour the big ones. */
	public static final List<Region> ALL = List.of(
			region("А40", "Арбитражный суд города Москвы", "77", "г. Москве", null, "Москва", "12"),
			region("А41", "Арбитражный суд Московской области", "50", "Московской области", "Московская обл.",
					"Подольск", "142", "Химки", "141", "Балашиха", "143", "Мытищи", "141", "Королёв", "141",
					"Одинцово", "143"),
			region("А56", "Арбитражный суд города Санкт-Петербурга и Ленинградской области", "78",
					"г. Санкт-Петербургу", null, "Санкт-Петербург", "19"),
			region("А60", "Арбитражный суд Свердловской области", "66", "Свердловской области", "Свердловская обл.",
					"Екатеринбург", "620", "Нижний Тагил", "622", "Каменск-Уральский", "623"),
			region("А45", "Арбитражный суд Новосибирской области", "54", "Новосибирской области",
					"Новосибирская обл.", "Новосибирск", "630", "Бердск", "633"),
			region("А65", "Арбитражный суд Республики Татарстан", "16", "Республике Татарстан",
					"Республика Татарстан", "Казань", "420", "Набережные Челны", "423", "Альметьевск", "423"),
			region("А32", "Арбитражный суд Краснодарского края", "23", "Краснодарскому краю", "Краснодарский край",
					"Краснодар", "350", "Сочи", "354", "Новороссийск", "353"),
			region("А53", "Арбитражный суд Ростовской области", "61", "Ростовской области", "Ростовская обл.",
					"Ростов-на-Дону", "344", "Таганрог", "347"),
			region("А55", "Арбитражный суд Самарской области", "63", "Самарской области", "Самарская обл.",
					"Самара", "443", "Тольятти", "445"),
			region("А43", "Арбитражный суд Нижегородской области", "52", "Нижегородской области",
					"Нижегородская обл.", "Нижний Новгород", "603", "Дзержинск", "606"),
			region("А76", "Арбитражный суд Челябинской области", "74", "Челябинской области", "Челябинская обл.",
					"Челябинск", "454", "Магнитогорск", "455"),
			region("А07", "Арбитражный суд Республики Башкортостан", "02", "Республике Башкортостан",
					"Республика Башкортостан", "Уфа", "450", "Стерлитамак", "453"),
			region("А50", "Арбитражный суд Пермского края", "59", "Пермскому краю", "Пермский край", "Пермь", "614"),
			region("А33", "Арбитражный суд Красноярского края", "24", "Красноярскому краю", "Красноярский край",
					"Красноярск", "660", "Норильск", "663"),
			region("А12", "Арбитражный суд Волгоградской области", "34", "Волгоградской области",
					"Волгоградская обл.", "Волгоград", "400", "Волжский", "404"),
			region("А57", "Арбитражный суд Саратовской области", "64", "Саратовской области", "Саратовская обл.",
					"Саратов", "410", "Энгельс", "413"),
			region("А46", "Арбитражный суд Омской области", "55", "Омской области", "Омская обл.", "Омск", "644"),
			region("А70", "Арбитражный суд Тюменской области", "72", "Тюменской области", "Тюменская обл.",
					"Тюмень", "625", "Тобольск", "626"),
			region("А14", "Арбитражный суд Воронежской области", "36", "Воронежской области", "Воронежская обл.",
					"Воронеж", "394"),
			region("А19", "Арбитражный суд Иркутской области", "38", "Иркутской области", "Иркутская обл.",
					"Иркутск", "664", "Ангарск", "665"));

	/** The tax authority's full name as a creditor, e.g. «УФНС России по Свердловской области». */
	public String taxAuthority() {
		return "УФНС России по " + taxOffice;
	}

	/** The regional capital, where the court and most offices are. */
	public City capital() {
		return cities.get(0);
	}

	/** A region, Moscow, its oblast and Saint Petersburg about half of the time as in real case statistics. */
	public static Region pick(DemoRandom random) {
		int roll = random.below(100);
		if (roll < 25) {
			return ALL.get(0);
		}
		if (roll < 37) {
			return ALL.get(1);
		}
		if (roll < 47) {
			return ALL.get(2);
		}
		return ALL.get(random.between(3, ALL.size() - 1));
	}

	private static Region region(String courtCode, String court, String taxCode, String taxOffice, String name,
			String... cityAndPrefix) {
		City[] cities = new City[cityAndPrefix.length / 2];
		for (int i = 0; i < cities.length; i++) {
			cities[i] = new City(cityAndPrefix[2 * i], cityAndPrefix[2 * i + 1]);
		}
		return new Region(courtCode, court, taxCode, taxOffice, name, List.of(cities));
	}
}
