package pau.store.internal.demo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pau.store.internal.demo.CreditorPool.Creditor;
import pau.store.internal.demo.CreditorPool.Kind;

/**
 * The register of creditors' claims of one procedure: who, how much, which queue, on what basis, when filed and
 * how the court ruled. Companies owe mostly suppliers, banks and staff; citizens owe banks and microfinance.
 */
final class ClaimMaker {

	private final DemoRandom random;
	private final CreditorPool pool;
	private final DemoWriter writer;

	ClaimMaker(DemoRandom random, CreditorPool pool, DemoWriter writer) {
		this.random = random;
		this.pool = pool;
		this.writer = writer;
	}

	/** Writes 10 to 200 claims (few for citizens); returns the creditors involved, first seen first. */
	List<Creditor> write(PlannedProcedure procedure) throws SQLException {
		boolean person = procedure.debtor().kind().isPerson();
		double skew = random.fraction();
		int count = person ? 10 + (int) (30 * skew * skew) : 10 + (int) (190 * skew * skew * skew);
		List<Creditor> involved = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Creditor creditor = !involved.isEmpty() && random.chance(0.3) ? random.pick(involved)
					: creditor(procedure);
			if (!involved.contains(creditor)) {
				involved.add(creditor);
			}
			claim(procedure, creditor);
		}
		return involved;
	}

	private Creditor creditor(PlannedProcedure procedure) throws SQLException {
		int roll = random.below(100);
		Debtor.Kind debtor = procedure.debtor().kind();
		Kind kind;
		if (debtor == Debtor.Kind.COMPANY) {
			kind = roll < 8 ? Kind.TAX : roll < 20 ? Kind.BANK : roll < 75 ? Kind.SUPPLIER : roll < 97 ? Kind.PERSON
					: Kind.LENDER;
		} else {
			int suppliers = debtor == Debtor.Kind.ENTREPRENEUR ? 20 : 4;
			kind = roll < 10 ? Kind.TAX : roll < 50 ? Kind.BANK : roll < 80 ? Kind.LENDER
					: roll < 80 + suppliers ? Kind.SUPPLIER : Kind.PERSON;
		}
		return kind == Kind.TAX ? pool.taxAuthority(procedure.debtor().region()) : pool.pick(kind);
	}

	private void claim(PlannedProcedure procedure, Creditor creditor) throws SQLException {
		boolean company = procedure.debtor().kind() == Debtor.Kind.COMPANY;
		String queue = queue(creditor.kind(), company);
		LocalDate contract = random.dateBetween(procedure.start().minusYears(5), procedure.start().minusDays(60));
		String basis = basis(creditor.kind(), queue, company, contract, procedure);
		long kopecks = amount(creditor.kind(), queue, company);
		if (queue.equals("THIRD") && random.chance(0.07)) {
			queue = "AFTER_REGISTER"; // filed after the register closed (two months after publication)
		}
		LocalDate filed = queue.equals("AFTER_REGISTER") ? within(procedure, 61, 720) : within(procedure, 3, 75);
		writer.claim(random.uuid(), procedure.id(), creditor.id(), BigDecimal.valueOf(kopecks, 2), queue, basis,
				filed, status(procedure, filed, queue));
	}

	private String queue(Kind kind, boolean company) {
		int roll = random.below(100);
		return switch (kind) {
		case TAX -> company && roll < 40 ? "SECOND" : "THIRD"; // payroll taxes and pension contributions
		case PERSON -> company ? roll < 55 ? "SECOND" : roll < 60 ? "FIRST" : "THIRD" : roll < 8 ? "FIRST" : "THIRD";
		default -> "THIRD";
		};
	}

	private long amount(Kind kind, String queue, boolean company) {
		return switch (kind) {
		case BANK -> company ? random.logUniform(300_000_00L, 500_000_000_00L) : random.logUniform(20_000_00L, 3_000_000_00L);
		case TAX -> company ? random.logUniform(10_000_00L, 40_000_000_00L) : random.logUniform(1_000_00L, 200_000_00L);
		case LENDER -> random.logUniform(5_000_00L, 150_000_00L);
		case SUPPLIER -> company ? random.logUniform(20_000_00L, 60_000_000_00L) : random.logUniform(5_000_00L, 500_000_00L);
		case PERSON -> switch (queue) {
		case "FIRST" -> random.logUniform(50_000_00L, 3_000_000_00L);
		case "SECOND" -> random.logUniform(20_000_00L, 600_000_00L);
		default -> random.logUniform(50_000_00L, 5_000_000_00L);
		};
		};
	}

	private String basis(Kind kind, String queue, boolean company, LocalDate contract, PlannedProcedure procedure) {
		String date = Formats.date(contract);
		int year = contract.getYear();
		if (queue.equals("FIRST")) {
			return company
					? "Возмещение вреда, причинённого здоровью работника, решение районного суда по делу № 2-"
							+ random.between(100, 9999) + '/' + year
					: "Задолженность по алиментам на содержание несовершеннолетнего ребёнка, судебный приказ № 2-"
							+ random.between(100, 9999) + '/' + year;
		}
		if (queue.equals("SECOND")) {
			return kind == Kind.TAX
					? random.pick("Задолженность по страховым взносам на обязательное пенсионное страхование за ",
							"Задолженность по НДФЛ, исчисленному с заработной платы работников, за ") + year + " г."
					: random.pick("Задолженность по заработной плате, трудовой договор № ",
							"Выходное пособие и компенсация за неиспользованный отпуск, трудовой договор № ")
							+ random.between(1, 400) + " от " + date;
		}
		return switch (kind) {
		case BANK -> company
				? random.pick("Кредитный договор № ", "Договор об открытии возобновляемой кредитной линии № ",
						"Договор об открытии невозобновляемой кредитной линии № ", "Договор поручительства № ",
						"Договор о выдаче банковской гарантии № ") + random.between(1, 9999) + '/' + (year % 100)
						+ random.pick("", "-КЛ", "-П", "-Г") + " от " + date
				: random.pick("Кредитный договор № ", "Договор кредитной карты № ", "Договор потребительского кредита № ")
						+ random.digits(3) + '/' + random.digits(4) + '-' + random.digits(7) + " от " + date;
		case TAX -> company
				? random.pick("Недоимка по налогу на добавленную стоимость за " + random.between(1, 4) + " квартал "
						+ year + " г., пени и штрафы",
						"Решение о привлечении к ответственности за совершение налогового правонарушения № "
								+ random.between(100, 9999) + " от " + date,
						"Задолженность по налогу на прибыль организаций за " + year + " г.",
						"Требование об уплате задолженности № " + random.between(1000, 99999) + " от " + date)
				: random.pick("Задолженность по транспортному налогу и налогу на имущество физических лиц за " + year + " г.",
						"Недоимка по налогу на доходы физических лиц за " + year + " г.",
						"Требование об уплате задолженности № " + random.between(1000, 99999) + " от " + date);
		case LENDER -> random.pick("Договор потребительского займа № ", "Договор микрозайма № ",
				"Договор уступки прав требования (цессии) № ") + random.digits(8) + " от " + date;
		case SUPPLIER -> random.chance(0.12)
				? "Решение арбитражного суда по делу № " + procedure.debtor().region().courtCode() + '-'
						+ random.between(1000, 60000) + '/' + year
				: random.pick("Договор поставки № ", "Договор подряда № ", "Договор аренды нежилого помещения № ",
						"Договор оказания услуг № ", "Договор займа № ", "Договор транспортной экспедиции № ",
						"Договор энергоснабжения № ") + random.between(1, 300) + '/' + random.between(1, 12) + " от "
						+ date;
		case PERSON -> random.chance(0.3)
				? "Решение районного суда по делу № 2-" + random.between(100, 9999) + '/' + year
				: random.pick("Договор займа от ", "Расписка в получении денежных средств от ",
						"Договор купли-продажи от ") + date;
		};
	}

	/** A claim is pending until the court rules; rulings take a month or two; some get paid at the end. */
	private String status(PlannedProcedure procedure, LocalDate filed, String queue) {
		if (procedure.running() && filed.isAfter(procedure.lastDay().minusDays(60)) && random.chance(0.7)) {
			return "FILED";
		}
		int roll = random.below(100);
		if (roll < 6) {
			return "REJECTED";
		}
		boolean paid = procedure.running() ? roll < 10 : roll < (queue.equals("AFTER_REGISTER") ? 12 : 45);
		return paid ? "SATISFIED" : "INCLUDED";
	}

	/** A day between the given offsets from the start, never after the procedure's last day. */
	private LocalDate within(PlannedProcedure procedure, int fromDay, int toDay) {
		LocalDate last = procedure.lastDay();
		LocalDate from = procedure.start().plusDays(fromDay);
		LocalDate to = procedure.start().plusDays(toDay);
		if (to.isAfter(last)) {
			to = last;
		}
		if (from.isAfter(to)) {
			from = to.isBefore(procedure.start()) ? procedure.start() : to;
		}
		return random.dateBetween(from, to);
	}
}
