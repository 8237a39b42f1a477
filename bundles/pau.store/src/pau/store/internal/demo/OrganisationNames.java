package pau.store.internal.demo;

import java.util.Locale;

/**
 * Names of Russian organisations with their legal form, e.g. «ООО «Уралстройснаб»» or «АО «Меридиан»».
 */
public final class OrganisationNames {

	private static final String[] WORDS = { "Вектор", "Меридиан", "Гранит", "Альянс", "Прогресс", "Стандарт",
			"Континент", "Горизонт", "Перспектива", "Авангард", "Триумф", "Гарант", "Фаворит", "Монолит", "Атлант",
			"Спектр", "Базис", "Регион", "Квадрат", "Лидер", "Оптима", "Вертикаль", "Магистраль", "Эталон",
			"Ресурс", "Форвард", "Партнёр", "Орион", "Сигма", "Дельта", "Ника", "Глобус", "Аврора", "Полюс",
			"Север", "Пионер", "Радуга", "Титан", "Феникс", "Кристалл", "Янтарь", "Восход", "Алмаз", "Импульс" };

	private static final String[] PREFIXES = { "Урал", "Сиб", "Волго", "Кама", "Дон", "Нева", "Север", "Юг",
			"Восток", "Мега", "Техно", "Агро", "Энерго", "Пром", "Строй", "Авто", "Мет", "Нефте", "Лес", "Хим",
			"Евро", "Рос", "Транс", "Инвест", "Бест" };

	private static final String[] SUFFIXES = { "строй", "снаб", "торг", "транс", "пром", "маш", "металл",
			"сервис", "монтаж", "инвест", "продукт", "комплект", "логистик", "девелопмент", "ресурс", "проект",
			"энерго", "техника", "холод", "строймаш" };

	private static final String[] DESCRIPTORS = { "Торговый дом", "Строительная компания", "Управляющая компания",
			"Производственная компания", "Транспортная компания", "Агрофирма", "Завод",
			"Научно-производственное объединение" };

	private OrganisationNames() {
	}

	/** A company name in the form the debtor's registry entry would show. */
	public static String company(DemoRandom random) {
		int roll = random.below(100);
		String form = roll < 76 ? "ООО" : roll < 96 ? "АО" : "ПАО";
		return form + " «" + core(random) + "»";
	}

	/** A trading or service company (a supplier creditor); almost always an ООО. */
	public static String supplier(DemoRandom random) {
		if (random.chance(0.05)) {
			return "ООО «" + PersonNames.surname(random) + " и партнёры»";
		}
		return (random.chance(0.85) ? "ООО" : "АО") + " «" + core(random) + "»";
	}

	/** The quoted part: a word, a compound like «Уралстройснаб», or «Торговый дом «Вектор»». */
	private static String core(DemoRandom random) {
		int roll = random.below(100);
		if (roll < 35) {
			return random.pick(WORDS);
		}
		if (roll < 85) {
			String prefix = random.pick(PREFIXES);
			String suffix = random.pick(SUFFIXES);
			while (suffix.startsWith(prefix.toLowerCase(Locale.ROOT))) {
				suffix = random.pick(SUFFIXES); // no «Стройстрой»
			}
			String compound = prefix + suffix;
			return random.chance(0.25) ? compound + random.pick("-М", "-Центр", " Плюс", "-96", "-2000", " Групп")
					: compound;
		}
		return random.pick(DESCRIPTORS) + " «" + random.pick(WORDS) + "»";
	}
}
