package pau.store.internal.demo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The debtor's property inventory in one procedure: real estate with cadastral numbers, vehicles with VINs, equipment,
 * receivables, securities, stock. A debtor owns the same property in each of its procedures; the inventory date and
 * what became of each item (found, not found, sold, written off) belong to the procedure.
 * <p>
 * Drawn from generators of their own, seeded by the debtor's and the procedure's ids (themselves drawn from the run's
 * seed), so the rows are deterministic and the other tables of a seed are what they were before this table came.
 */
final class AssetMaker {

	private static final List<String> COLUMNS = List.of("ID", "PROCEDURE_ID", "NAME", "CATEGORY", "INVENTORY_NUMBER",
			"BOOK_VALUE", "MARKET_VALUE", "INVENTORIED_ON", "STATUS", "NOTE");

	private static final long PROPERTY_SALT = 0x5EED_A55E_7500_0001L;
	private static final long PROCEDURE_SALT = 0x5EED_A55E_7500_0002L;

	private static final String EXCLUDED =
			"Исключено из конкурсной массы: единственное пригодное для проживания жильё.";

	/** A thing the debtor owns; values in kopecks, -1 for none (citizens keep no books). */
	private record Item(String category, String name, long book, long market, String note) {

		/** The citizen's only home: it stays whatever happens to the rest. */
		boolean excluded() {
			return EXCLUDED.equals(note);
		}
	}

	private static final String[] BANKS = { "ПАО «Сбербанк России»", "Банк ВТБ (ПАО)", "АО «Россельхозбанк»",
			"АО «Альфа-Банк»", "ПАО «Совкомбанк»" };

	private static final String[][] TRUCKS = { { "Седельный тягач КАМАЗ 5490-S5", "XTC" },
			{ "Самосвал КАМАЗ 65115", "XTC" }, { "Грузовой фургон ГАЗ 3302 «ГАЗель»", "X96" },
			{ "Полуприцеп бортовой МАЗ 938660", "Y3M" }, { "Автобус ПАЗ 32053", "X1M" },
			{ "Легковой автомобиль Toyota Camry", "XW7" }, { "Легковой автомобиль Škoda Octavia", "XW8" } };

	private static final String[][] CARS = { { "Lada Vesta", "XTA" }, { "Lada Granta", "XTA" },
			{ "Hyundai Solaris", "Z94" }, { "Kia Rio", "Z94" }, { "Renault Logan", "X7L" },
			{ "Volkswagen Polo", "XW8" }, { "Toyota RAV4", "XW7" } };

	private static final String[] MACHINES = { "Станок токарно-винторезный 16К20", "Станок фрезерный 6Р12",
			"Компрессорная установка ЗИФ-ПВ-5/0,7", "Экскаватор-погрузчик JCB 3CX", "Погрузчик вилочный Toyota 8FD25",
			"Линия по производству тротуарной плитки", "Холодильная камера КХН-11,75",
			"Сервер HPE ProLiant DL380 Gen10" };

	private static final String[] TRADE_EQUIPMENT = { "Витрины холодильные", "Стеллажи торговые",
			"Швейные машины промышленные", "Кофемашины профессиональные" };

	/** VIN characters: digits and Latin capitals without I, O and Q. */
	private static final String VIN = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
	/** The VIN's model year letters from 2010 on, then digits from 2001 on. */
	private static final String MODEL_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789";

	private final DemoWriter writer;

	AssetMaker(DemoWriter writer) {
		this.writer = writer;
	}

	/** Writes 2 to 8 items of the debtor's property for the procedure. */
	void write(PlannedProcedure procedure) throws SQLException {
		Debtor debtor = procedure.debtor();
		DemoRandom owned = new DemoRandom(debtor.id().getLeastSignificantBits() ^ PROPERTY_SALT);
		DemoRandom random = new DemoRandom(procedure.id().getLeastSignificantBits() ^ PROCEDURE_SALT);
		boolean company = debtor.kind() == Debtor.Kind.COMPANY;
		List<Item> items = company ? companyProperty(owned, debtor) : personProperty(owned, debtor);
		LocalDate inventoried = inventoryDate(procedure, random);
		int inventoryNumber = owned.between(1, 900);
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			inventoryNumber += owned.between(1, 40);
			String number = company ? String.format(Locale.ROOT, "%08d", inventoryNumber) : Integer.toString(i + 1);
			String status = inventoried == null ? "FOUND" : status(procedure, item, random);
			writer.row("ASSETS", COLUMNS, random.uuid(), procedure.id(), item.name(), item.category(), number,
					roubles(item.book()), inventoried == null && company ? null : roubles(item.market()), inventoried,
					status, note(procedure, item, status, inventoried, random));
		}
	}

	/** The stock-taking: within three months in the procedures that take one; none yet, or none at all, otherwise. */
	private static LocalDate inventoryDate(PlannedProcedure procedure, DemoRandom random) {
		boolean takesInventory = switch (procedure.kind()) {
		case BANKRUPTCY_PROCEEDINGS, EXTERNAL_ADMINISTRATION, SALE_OF_ASSETS -> true;
		default -> false;
		};
		LocalDate date = DemoRandom.workday(procedure.start().plusDays(random.between(30, 90)));
		return takesInventory && !date.isAfter(procedure.lastDay()) ? date : null;
	}

	private static String status(PlannedProcedure procedure, Item item, DemoRandom random) {
		if (item.excluded()) {
			return "FOUND";
		}
		boolean movable = switch (item.category()) {
		case "VEHICLE", "EQUIPMENT", "OTHER" -> true;
		default -> false;
		};
		if (movable && random.chance(0.12)) {
			return "NOT_FOUND";
		}
		if (!procedure.running()) {
			double writtenOff = item.category().equals("RECEIVABLE") ? 0.45 : movable ? 0.12 : 0;
			return random.chance(writtenOff) ? "WRITTEN_OFF" : "SOLD";
		}
		long days = ChronoUnit.DAYS.between(procedure.start(), procedure.lastDay());
		return days > 240 && random.chance(0.35) ? "SOLD" : "FOUND";
	}

	private static String note(PlannedProcedure procedure, Item item, String status, LocalDate inventoried,
			DemoRandom random) {
		LocalDate after = inventoried == null ? procedure.start() : inventoried.plusDays(45);
		LocalDate when = DemoRandom.workday(random.dateBetween(after, procedure.lastDay()));
		if (when.isAfter(procedure.lastDay())) {
			when = procedure.lastDay();
		}
		return switch (status) {
		case "NOT_FOUND" -> procedure.debtor().kind() == Debtor.Kind.COMPANY
				? "Не передано бывшим руководителем должника; подано заявление об истребовании."
				: "При инвентаризации не обнаружено; направлен запрос в органы внутренних дел.";
		case "SOLD" -> (item.category().equals("RECEIVABLE") ? "Право требования продано" : "Продано")
				+ " на торгах, договор купли-продажи от " + Formats.date(when) + '.';
		case "WRITTEN_OFF" -> item.category().equals("RECEIVABLE")
				? "Списано по решению собрания кредиторов от " + Formats.date(when) + ": взыскание невозможно."
				: "Списано по решению собрания кредиторов от " + Formats.date(when) + ": реализация невозможна.";
		default -> item.excluded() && procedure.kind() != ProcedureKind.SALE_OF_ASSETS ? null : item.note();
		};
	}

	private static List<Item> companyProperty(DemoRandom random, Debtor debtor) {
		List<Item> items = new ArrayList<>();
		int buildings = random.chance(0.65) ? random.between(1, 2) : 0;
		for (int i = 0; i < buildings; i++) {
			int kind = random.below(4);
			int area = switch (kind) {
			case 0 -> random.between(400, 3_000);
			case 1 -> random.between(60, 400);
			case 2 -> random.between(1_500, 20_000);
			default -> random.between(1_000, 8_000);
			};
			String what = switch (kind) {
			case 0 -> "Нежилое здание (склад)";
			case 1 -> "Нежилое помещение (офис)";
			case 2 -> "Земельный участок, категория земель: земли населённых пунктов";
			default -> "Производственный корпус";
			};
			long book = kopecks(random, area * (kind == 2 ? 900L : 14_000L));
			items.add(new Item("REAL_ESTATE", what + ", площадь " + area(random, area) + " кв. м, кадастровый № "
					+ cadastral(random, debtor.region()), book, market(random, book, 0.6, 1.3), pledge(random)));
		}
		for (int i = random.between(1, 3); i > 0; i--) {
			String[] truck = random.pick(TRUCKS);
			int year = random.between(2008, 2022);
			long book = kopecks(random, (year - 2000) * 220_000L);
			items.add(new Item("VEHICLE", truck[0] + ", " + year + " г. в., VIN " + vin(random, truck[1], year), book,
					market(random, book, 0.5, 1.1), pledge(random)));
		}
		for (int i = random.between(1, 2); i > 0; i--) {
			long book = kopecks(random, random.logUniform(80_000, 6_000_000));
			items.add(new Item("EQUIPMENT", random.pick(MACHINES) + ", заводской № " + random.digits(6), book,
					market(random, book, 0.2, 0.8), null));
		}
		for (int i = random.between(0, 2); i > 0; i--) {
			long book = kopecks(random, random.logUniform(150_000, 25_000_000));
			LocalDate contract = LocalDate.of(random.between(2017, 2022), random.between(1, 12), random.between(1, 28));
			items.add(new Item("RECEIVABLE", "Дебиторская задолженность " + OrganisationNames.supplier(random)
					+ " по договору поставки № " + random.between(1, 250) + "/" + contract.getYear() % 100 + " от "
					+ Formats.date(contract), book, market(random, book, 0.05, 0.4), null));
		}
		if (random.chance(0.2)) {
			int count = random.between(10, 2_000);
			long book = kopecks(random, count * random.logUniform(100, 5_000));
			String issuer = OrganisationNames.company(random).replace("ООО", "АО");
			items.add(new Item("SECURITIES", "Акции обыкновенные именные " + issuer + ", " + count + " шт.", book,
					market(random, book, 0.1, 1.0), null));
		}
		if (random.chance(0.4)) {
			long book = kopecks(random, random.logUniform(100_000, 4_000_000));
			items.add(new Item("OTHER", "Товарные запасы на складе (по перечню, " + random.between(12, 340)
					+ " наименований)", book, market(random, book, 0.3, 0.7), null));
		}
		return items;
	}

	private static List<Item> personProperty(DemoRandom random, Debtor debtor) {
		List<Item> items = new ArrayList<>();
		boolean home = random.chance(0.8);
		if (home) {
			int area = random.between(30, 90);
			items.add(new Item("REAL_ESTATE", "Квартира, площадь " + area(random, area) + " кв. м, кадастровый № "
					+ cadastral(random, debtor.region()), -1, kopecks(random, area * 110_000L) / 100_000 * 100_000,
					EXCLUDED));
		}
		if (!home || random.chance(0.35)) {
			boolean garden = random.chance(0.6);
			int area = garden ? random.between(400, 1_500) : random.between(18, 30);
			String what = garden ? "Земельный участок для ведения садоводства" : "Гараж";
			items.add(new Item("REAL_ESTATE", what + ", площадь " + area(random, area) + " кв. м, кадастровый № "
					+ cadastral(random, debtor.region()), -1,
					kopecks(random, area * (garden ? 600L : 30_000L)) / 100_000 * 100_000, null));
		}
		if (random.chance(0.7)) {
			String[] car = random.pick(CARS);
			int year = random.between(2010, 2021);
			items.add(new Item("VEHICLE", "Легковой автомобиль " + car[0] + ", " + year + " г. в., VIN "
					+ vin(random, car[1], year), -1, kopecks(random, (year - 2005) * 70_000L) / 100_000 * 100_000,
					random.chance(0.4) ? "Обременение: залог в пользу " + random.pick(BANKS) + '.' : null));
		}
		if (debtor.kind() == Debtor.Kind.ENTREPRENEUR && random.chance(0.6)) {
			int count = random.between(2, 8);
			items.add(new Item("EQUIPMENT", random.pick(TRADE_EQUIPMENT) + ", " + count + " шт.", -1,
					kopecks(random, count * random.logUniform(15_000, 120_000)) / 100_000 * 100_000, null));
		}
		if (random.chance(0.25)) {
			PersonNames.Name borrower = PersonNames.person(random);
			LocalDate loan = LocalDate.of(random.between(2018, 2022), random.between(1, 12), random.between(1, 28));
			items.add(new Item("RECEIVABLE", "Право требования по договору займа от " + Formats.date(loan)
					+ " (заёмщик — " + borrower.full() + ')', -1,
					kopecks(random, random.logUniform(50_000, 900_000)) / 100_000 * 100_000, null));
		}
		if (random.chance(0.15)) {
			int count = random.between(10, 500);
			String issuer = OrganisationNames.company(random).replace("ООО", "ПАО");
			items.add(new Item("SECURITIES", "Акции обыкновенные именные " + issuer + ", " + count + " шт.", -1,
					kopecks(random, count * 250L) / 100 * 100, null));
		}
		if (items.size() < 2 || random.chance(0.2)) {
			items.add(new Item("OTHER", "Ювелирные изделия (по описи, " + random.between(2, 9) + " предм.)", -1,
					kopecks(random, random.logUniform(20_000, 300_000)) / 100_000 * 100_000, null));
		}
		return items;
	}

	/** About the given roubles (±30 %), in kopecks with kopecks, as book values are. */
	private static long kopecks(DemoRandom random, long roubles) {
		return Math.max(100, (long) (roubles * (0.7 + 0.6 * random.fraction())) * 100 + random.below(100));
	}

	/** An appraiser's value: the book value times a factor, rounded to a thousand roubles. */
	private static long market(DemoRandom random, long book, double low, double high) {
		long value = (long) (book * (low + (high - low) * random.fraction()));
		return Math.max(100_000, value / 100_000 * 100_000);
	}

	private static BigDecimal roubles(long kopecks) {
		return kopecks < 0 ? null : BigDecimal.valueOf(kopecks, 2);
	}

	/** Square metres with one decimal and a comma. */
	private static String area(DemoRandom random, int whole) {
		return whole + "," + random.below(10);
	}

	/** A cadastral number of the debtor's region: {@code 50:21:0110203:1547}. */
	private static String cadastral(DemoRandom random, Region region) {
		return region.taxCode() + ':' + Formats.pad2(random.between(1, 45)) + ':' + random.digits(7) + ':'
				+ random.between(10, 9_999);
	}

	/** A VIN with the maker's code, a model year letter and a serial number. */
	private static String vin(DemoRandom random, String maker, int year) {
		StringBuilder vin = new StringBuilder(maker);
		while (vin.length() < 9) {
			vin.append(VIN.charAt(random.below(VIN.length())));
		}
		vin.append(MODEL_YEARS.charAt((year - 2010 + 30) % 30)); // A for 2010, 1 for 2001
		vin.append(VIN.charAt(random.below(VIN.length()))); // the plant
		return vin.append(random.digits(6)).toString();
	}

	private static String pledge(DemoRandom random) {
		return random.chance(0.3) ? "Обременение: залог в пользу " + random.pick(BANKS) + '.' : null;
	}
}
