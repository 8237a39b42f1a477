package pau.store.internal.demo;

/**
 * Postal addresses in the usual Russian order: postcode, region, city, street, house, office or flat.
 */
public final class Addresses {

	private static final String[] STREETS = { "ул. Ленина", "ул. Советская", "ул. Мира", "пр-кт Мира",
			"ул. Гагарина", "ул. Пушкина", "ул. Садовая", "ул. Московская", "ул. Октябрьская", "ул. Кирова",
			"ул. Карла Маркса", "ул. Лесная", "ул. Центральная", "ул. Молодёжная", "ул. Школьная", "ул. Заводская",
			"ул. Победы", "ул. Первомайская", "ул. Комсомольская", "ул. Строителей", "б-р Строителей",
			"ул. Чкалова", "ул. Куйбышева", "ул. Свердлова", "ул. Дзержинского", "ул. Лермонтова", "ул. Чехова",
			"ул. Горького", "ул. Гоголя", "ул. Маяковского", "ул. Набережная", "ул. Промышленная",
			"ул. Железнодорожная", "ул. Энергетиков", "ул. Профсоюзная", "ул. Белинского", "ул. Некрасова",
			"пер. Почтовый", "пер. Кооперативный", "пр-кт Ленина", "пр-кт Победы", "ш. Энтузиастов",
			"Индустриальный пр-д", "ул. 8 Марта", "ул. 50 лет Октября", "ул. Тургенева", "ул. Суворова",
			"ул. Фрунзе", "ул. Красноармейская", "ул. Калинина" };

	private Addresses() {
	}

	/** An office address of an organisation in a city of the region. */
	public static String office(DemoRandom random, Region region) {
		StringBuilder address = street(random, region, random.pick(region.cities()));
		if (random.chance(0.3)) {
			address.append(", стр. ").append(random.between(1, 6));
		}
		return address.append(random.pick(", оф. ", ", помещ. ", ", оф. ")).append(random.between(1, 940))
				.toString();
	}

	/** A home address of a citizen or entrepreneur; some live in private houses without a flat number. */
	public static String home(DemoRandom random, Region region) {
		StringBuilder address = street(random, region, random.pick(region.cities()));
		if (random.chance(0.85)) {
			address.append(", кв. ").append(random.between(1, 420));
		}
		return address.toString();
	}

	/** An address in the regional capital, e.g. where a meeting of creditors is held. */
	public static String inCapital(DemoRandom random, Region region) {
		return street(random, region, region.capital()).append(", оф. ").append(random.between(101, 912))
				.toString();
	}

	private static StringBuilder street(DemoRandom random, Region region, Region.City city) {
		StringBuilder address = new StringBuilder(96);
		address.append(city.postcodePrefix()).append(random.digits(6 - city.postcodePrefix().length()));
		if (region.name() != null) {
			address.append(", ").append(region.name());
		}
		address.append(", г. ").append(city.name()).append(", ").append(random.pick(STREETS)).append(", д. ")
				.append(random.between(1, 180));
		if (random.chance(0.2)) {
			address.append(random.pick("А", "Б", "/1", "/2", " к. 1", " к. 2"));
		}
		return address;
	}
}
