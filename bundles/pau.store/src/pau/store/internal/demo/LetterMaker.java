package pau.store.internal.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import pau.store.internal.demo.CreditorPool.Creditor;

/**
 * The correspondence of one procedure: the manager's requests to registries, banks and the court, and their
 * answers. Some outgoing letters enclose one of the procedure's documents.
 */
final class LetterMaker {

	/** Who the letter goes to or comes from. */
	private enum Party {
		ROSREESTR, TRAFFIC_POLICE, BAILIFFS, TAX, COURT, CREDITOR, BANK, DIRECTOR, PENSION_FUND, PUBLISHER
	}

	/** A letter template: direction, party and subject. */
	private record Template(String direction, Party party, String subject) {
	}

	private static final Template[] TEMPLATES = {
			new Template("OUT", Party.ROSREESTR,
					"Запрос о предоставлении сведений о зарегистрированных правах должника на объекты недвижимого имущества"),
			new Template("IN", Party.ROSREESTR, "Выписка из ЕГРН о правах должника на имевшиеся (имеющиеся) объекты недвижимости"),
			new Template("OUT", Party.TRAFFIC_POLICE, "Запрос сведений о зарегистрированных за должником транспортных средствах"),
			new Template("IN", Party.TRAFFIC_POLICE, "Ответ на запрос: сведения о регистрационных действиях с транспортными средствами"),
			new Template("OUT", Party.BAILIFFS, "Уведомление о введении процедуры и требование об окончании исполнительных производств"),
			new Template("IN", Party.BAILIFFS, "Сведения об исполнительных производствах в отношении должника"),
			new Template("OUT", Party.TAX, "Запрос сведений об открытых счетах должника в кредитных организациях"),
			new Template("IN", Party.TAX, "Сведения об открытых банковских счетах должника"),
			new Template("OUT", Party.COURT, "Ходатайство о продлении срока процедуры"),
			new Template("OUT", Party.COURT, "Ходатайство об истребовании доказательств"),
			new Template("IN", Party.COURT, "Определение о принятии требования кредитора к рассмотрению"),
			new Template("IN", Party.COURT, "Определение об отложении судебного заседания"),
			new Template("OUT", Party.CREDITOR, "Уведомление о проведении собрания кредиторов"),
			new Template("OUT", Party.CREDITOR, "Ответ на обращение кредитора"),
			new Template("IN", Party.CREDITOR, "Требование кредитора о включении в реестр требований кредиторов"),
			new Template("IN", Party.CREDITOR, "Запрос кредитора об ознакомлении с материалами собрания кредиторов"),
			new Template("OUT", Party.BANK, "Уведомление о введении процедуры и требование о закрытии счетов должника"),
			new Template("IN", Party.BANK, "Выписка о движении денежных средств по счетам должника за три года"),
			new Template("OUT", Party.PENSION_FUND, "Запрос сведений о застрахованных лицах и страховых взносах"),
			new Template("OUT", Party.PUBLISHER, "Заявка на опубликование сведений о введении процедуры банкротства"),
			new Template("IN", Party.PUBLISHER, "Счёт на оплату публикации сведений в газете «Коммерсантъ»") };

	private static final Template TO_DIRECTOR = new Template("OUT", Party.DIRECTOR,
			"Требование о передаче документации, печатей, штампов, материальных и иных ценностей должника");

	private static final Template FROM_DIRECTOR = new Template("IN", Party.DIRECTOR,
			"Сопроводительное письмо о передаче документации должника");

	private final DemoRandom random;
	private final DemoWriter writer;

	LetterMaker(DemoRandom random, DemoWriter writer) {
		this.random = random;
		this.writer = writer;
	}

	/** Writes 3 to 20 letters in date order; outgoing ones are numbered in sequence. */
	void write(PlannedProcedure procedure, List<Creditor> creditors, List<DocumentMaker.Written> documents)
			throws SQLException {
		int count = random.between(3, 20);
		LocalDate[] dates = new LocalDate[count];
		for (int i = 0; i < count; i++) {
			dates[i] = DemoRandom.workday(random.dateBetween(procedure.start(), procedure.lastDay()));
			if (dates[i].isAfter(procedure.lastDay())) {
				dates[i] = procedure.lastDay();
			}
		}
		Arrays.sort(dates);
		boolean company = procedure.debtor().kind() == Debtor.Kind.COMPANY;
		// Enclosures: each document may go out with a letter dated on or after the document.
		List<DocumentMaker.Written> enclosures = new ArrayList<>();
		for (DocumentMaker.Written document : documents) {
			if (random.chance(0.6)) {
				enclosures.add(document);
			}
		}
		int outgoing = 0;
		for (int i = 0; i < count; i++) {
			Template template = i == 0 && company ? TO_DIRECTOR
					: i == 1 && company && random.chance(0.5) ? FROM_DIRECTOR : random.pick(TEMPLATES);
			UUID enclosure = null;
			String subject = template.subject();
			Party party = template.party();
			String direction = template.direction();
			DocumentMaker.Written document = enclosure(enclosures, dates[i]);
			if (document != null && i > 0) {
				enclosures.remove(document);
				enclosure = document.id();
				direction = "OUT";
				party = random.chance(0.6) ? Party.COURT : Party.CREDITOR;
				subject = "Направление документа: " + document.title() + " от " + Formats.date(document.date());
			}
			String reference = direction.equals("OUT")
					? ++outgoing + "-" + procedure.kind().abbreviation + "/" + (dates[i].getYear() % 100)
					: incomingNumber(party, procedure);
			writer.letter(random.uuid(), procedure.id(), direction, dates[i], reference,
					counterparty(party, procedure, creditors), subject, enclosure);
		}
	}

	/** The first pending document already written by that day, if any. */
	private static DocumentMaker.Written enclosure(List<DocumentMaker.Written> enclosures, LocalDate day) {
		for (DocumentMaker.Written document : enclosures) {
			if (!document.date().isAfter(day)) {
				return document;
			}
		}
		return null;
	}

	private String incomingNumber(Party party, PlannedProcedure procedure) {
		return switch (party) {
		case COURT -> procedure.caseNumber(); // court rulings are filed under the case number
		case ROSREESTR -> "КУВИ-001/" + random.between(2019, 2025) + "-" + random.digits(9);
		case TAX, BAILIFFS -> random.digits(2) + "-" + random.digits(2) + "/" + random.digits(6);
		default -> random.pick("", "Исх-", "б/н ") + random.between(1, 9999);
		};
	}

	private String counterparty(Party party, PlannedProcedure procedure, List<Creditor> creditors) {
		Region region = procedure.debtor().region();
		String dative = region.taxOffice(); // «Свердловской области», «г. Москве»: fits every «… по …» name
		return switch (party) {
		case ROSREESTR -> "Управление Росреестра по " + dative;
		case TRAFFIC_POLICE -> "ГУ МВД России по " + dative;
		case BAILIFFS -> "ГУФССП России по " + dative;
		case TAX -> region.taxAuthority();
		case PENSION_FUND -> "Отделение СФР по " + dative;
		case COURT -> procedure.court();
		case PUBLISHER -> "АО «Коммерсантъ»";
		case DIRECTOR -> procedure.debtor().head().full();
		case BANK -> bank(creditors);
		case CREDITOR -> creditors.isEmpty() ? "Собрание кредиторов" : random.pick(creditors).name();
		};
	}

	private String bank(List<Creditor> creditors) {
		for (Creditor creditor : creditors) {
			if (creditor.kind() == CreditorPool.Kind.BANK) {
				return creditor.name();
			}
		}
		return "ПАО «Сбербанк России»"; // every debtor has an account there
	}
}
