package pau.store.internal.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Meetings of creditors of one procedure with agendas and results worded as in real protocols. A running
 * procedure may have its next meeting scheduled (no result yet).
 */
final class MeetingMaker {

	/** A question of the agenda with the decision when it passes and when it fails; {@code %s} is the manager. */
	private record Item(String question, String passed, String failed) {
	}

	/** A meeting that was held, for protocols among the documents. */
	record Held(LocalDate date, int questions) {
	}

	private static final Item REPORT = new Item("Отчёт %s о своей деятельности и о ходе процедуры.",
			"Принять к сведению отчёт %s.", "Отчёт %s не принимать к сведению, предложить устранить замечания кредиторов.");

	private static final Item[] OBSERVATION = {
			new Item("Принятие решения о введении следующей процедуры банкротства и обращении в арбитражный суд с соответствующим ходатайством.",
					"Обратиться в арбитражный суд с ходатайством о признании должника банкротом и открытии конкурсного производства.",
					"Обратиться в арбитражный суд с ходатайством о введении финансового оздоровления."),
			new Item("Образование комитета кредиторов, определение его количественного состава и полномочий.",
					"Образовать комитет кредиторов в количестве трёх человек.", "Комитет кредиторов не образовывать."),
			new Item("Определение требований к кандидатуре арбитражного управляющего.",
					"Дополнительные требования к кандидатуре арбитражного управляющего не устанавливать.",
					"Решение не принято."),
			new Item("Выбор саморегулируемой организации, из числа членов которой должен быть утверждён конкурсный управляющий.",
					"Выбрать Ассоциацию СРО арбитражных управляющих «Содружество».", "Решение не принято."),
			new Item("Выбор реестродержателя.", "Реестр требований кредиторов ведёт арбитражный управляющий.",
					"Реестродержатель не выбран.") };

	private static final Item[] RECOVERY = {
			new Item("Внесение изменений в план финансового оздоровления и график погашения задолженности.",
					"Утвердить изменения в план финансового оздоровления в редакции должника.",
					"Изменения в план финансового оздоровления не утверждать."),
			new Item("Обращение в арбитражный суд с ходатайством о досрочном прекращении финансового оздоровления.",
					"Обратиться в суд с ходатайством о досрочном прекращении финансового оздоровления.",
					"С ходатайством о досрочном прекращении финансового оздоровления не обращаться.") };

	private static final Item[] EXTERNAL = {
			new Item("Утверждение плана внешнего управления.", "Утвердить план внешнего управления.",
					"План внешнего управления не утверждать, обратиться в суд с ходатайством о признании должника банкротом."),
			new Item("Замещение активов должника.", "Провести замещение активов путём создания акционерного общества.",
					"Замещение активов не проводить."),
			new Item("Продажа предприятия должника.", "Продать предприятие должника на открытых торгах.",
					"Решение о продаже предприятия не принято.") };

	private static final Item[] PROCEEDINGS = {
			new Item("Утверждение Положения о порядке, сроках и условиях продажи имущества должника.",
					"Утвердить Положение о порядке, сроках и условиях продажи имущества должника в редакции конкурсного управляющего.",
					"Положение о порядке продажи имущества не утверждать, направить замечания конкурсному управляющему."),
			new Item("Обращение в арбитражный суд с ходатайством о продлении срока конкурсного производства.",
					"Обратиться в суд с ходатайством о продлении срока конкурсного производства на шесть месяцев.",
					"С ходатайством о продлении срока не обращаться."),
			new Item("Утверждение порядка продажи дебиторской задолженности.",
					"Утвердить порядок продажи дебиторской задолженности путём публичного предложения.",
					"Порядок продажи дебиторской задолженности не утверждать."),
			new Item("Принятие решения о списании имущества, реализация которого невозможна.",
					"Списать имущество согласно перечню конкурсного управляющего.", "Решение не принято.") };

	private static final Item[] RESTRUCTURING = {
			new Item("Одобрение плана реструктуризации долгов гражданина.",
					"Одобрить план реструктуризации долгов гражданина сроком на три года.",
					"План реструктуризации не одобрять, обратиться в суд с ходатайством о признании гражданина банкротом и введении реализации имущества.") };

	private static final Item[] SALE = {
			new Item("Утверждение Положения о порядке, об условиях и о сроках реализации имущества гражданина.",
					"Утвердить Положение о реализации имущества гражданина в редакции финансового управляющего.",
					"Положение не утверждать."),
			new Item("Утверждение начальной цены продажи транспортного средства гражданина.",
					"Утвердить начальную цену продажи транспортного средства в размере рыночной стоимости по отчёту оценщика.",
					"Начальную цену продажи не утверждать, провести повторную оценку.") };

	private static final LocalTime[] TIMES = { LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(11, 30),
			LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(15, 0) };

	private final DemoRandom random;
	private final DemoWriter writer;

	MeetingMaker(DemoRandom random, DemoWriter writer) {
		this.random = random;
		this.writer = writer;
	}

	/** Writes 1 to 5 meetings in date order; returns those that took place. */
	List<Held> write(PlannedProcedure procedure) throws SQLException {
		int count = random.between(1, 5);
		LocalDate from = procedure.start().plusDays(25);
		LocalDate to = procedure.lastDay();
		if (from.isAfter(to)) {
			from = procedure.start();
		}
		LocalDate[] dates = new LocalDate[count];
		for (int i = 0; i < count; i++) {
			dates[i] = random.dateBetween(from, to);
		}
		Arrays.sort(dates);
		if (procedure.running() && random.chance(0.3)) {
			dates[count - 1] = Formats.TODAY.plusDays(random.between(7, 40)); // announced, not yet held
		}
		List<Held> held = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate day = DemoRandom.workday(dates[i]);
			if (day.isAfter(procedure.lastDay()) && !dates[i].isAfter(Formats.TODAY)) {
				day = procedure.lastDay(); // the holiday shift must not push a meeting past the end
			}
			boolean future = day.isAfter(Formats.TODAY);
			List<Item> agenda = agenda(procedure.kind(), i == 0);
			String result = future ? null : result(procedure.kind(), agenda);
			writer.meeting(random.uuid(), procedure.id(), LocalDateTime.of(day, random.pick(TIMES)),
					place(procedure), text(agenda, procedure.kind(), Item::question), result);
			if (!future) {
				held.add(new Held(day, agenda.size()));
			}
		}
		return held;
	}

	/** The manager's report, then one to three of the questions typical for the procedure. */
	private List<Item> agenda(ProcedureKind kind, boolean first) {
		Item[] typical = switch (kind) {
		case OBSERVATION -> OBSERVATION;
		case FINANCIAL_RECOVERY -> RECOVERY;
		case EXTERNAL_ADMINISTRATION -> EXTERNAL;
		case BANKRUPTCY_PROCEEDINGS -> PROCEEDINGS;
		case DEBT_RESTRUCTURING -> RESTRUCTURING;
		case SALE_OF_ASSETS -> SALE;
		};
		List<Item> agenda = new ArrayList<>();
		agenda.add(REPORT);
		int extra = kind == ProcedureKind.OBSERVATION && first ? typical.length
				: random.between(0, Math.min(3, typical.length));
		int offset = kind == ProcedureKind.OBSERVATION && first ? 0 : random.below(typical.length);
		for (int i = 0; i < extra; i++) {
			agenda.add(typical[(offset + i) % typical.length]);
		}
		return agenda;
	}

	private String result(ProcedureKind kind, List<Item> agenda) {
		int share = random.between(2_000, 10_000);
		StringBuilder text = new StringBuilder(512);
		if (share < 5_000) {
			return text.append("Собрание кредиторов не состоялось ввиду отсутствия кворума: зарегистрированы кредиторы, ")
					.append("обладающие ").append(Formats.hundredths(share))
					.append("% голосов от общего числа голосов конкурсных кредиторов.").toString();
		}
		text.append("Собрание правомочно: зарегистрированы кредиторы, обладающие ").append(Formats.hundredths(share))
				.append("% голосов от общего числа голосов конкурсных кредиторов, включённых в реестр.");
		for (int i = 0; i < agenda.size(); i++) {
			Item item = agenda.get(i);
			boolean passed = random.chance(0.8);
			int votes = passed ? random.between(share / 2 + 1, share) : random.between(0, share / 2);
			String decision = (passed ? item.passed() : item.failed()).replace("%s", kind.managerOf);
			text.append('\n').append("По вопросу ").append(i + 1).append(": ")
					.append(decision, 0, decision.length() - 1) // the vote count goes before the full stop
					.append(" («за» — ").append(Formats.hundredths(votes)).append("%).");
		}
		return text.toString();
	}

	private String text(List<Item> agenda, ProcedureKind kind, Function<Item, String> part) {
		StringBuilder text = new StringBuilder(512);
		for (int i = 0; i < agenda.size(); i++) {
			if (i > 0) {
				text.append('\n');
			}
			text.append(i + 1).append(". ").append(part.apply(agenda.get(i)).replace("%s", kind.managerOf));
		}
		return text.toString();
	}

	private String place(PlannedProcedure procedure) {
		String address = Addresses.inCapital(random, procedure.debtor().region());
		return random.chance(0.3) ? "Заочная форма; бюллетени принимаются по адресу: " + address : address;
	}
}
