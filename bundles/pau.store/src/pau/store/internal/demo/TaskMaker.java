package pau.store.internal.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of duties of one procedure, as the Insolvency Law (Федеральный закон № 127-ФЗ «О несостоятельности
 * (банкротстве)») sets them for its type: publications, the claims deadline, inventory, valuation, meetings,
 * reports, hearings. What was due by "today" is done, but for a few recent ones of a running procedure, which has
 * its next duties ahead.
 * <p>
 * Drawn from a generator of its own, seeded by the procedure's id, like {@link AssetMaker}.
 */
final class TaskMaker {

	private static final List<String> COLUMNS = List.of("ID", "PROCEDURE_ID", "DUE_ON", "TITLE", "DONE", "DONE_ON",
			"NOTE");

	private static final long SALT = 0x5EED_7A5C_0000_0003L;

	private static final String LAW = " Закона о банкротстве";

	/** A duty due {@code days} after the start of the procedure, repeated every {@code every} days if that is > 0. */
	private record Duty(int days, int every, String title, String note) {
	}

	private static final Duty[] COMPANY = {
			new Duty(3, 0, "Публикация сведений о введении процедуры в ЕФРСБ", "ст. 28" + LAW),
			new Duty(10, 0, "Публикация сообщения о введении процедуры в газете «Коммерсантъ»", "ст. 28" + LAW),
			new Duty(7, 0, "Запросы в регистрирующие органы об имуществе должника (Росреестр, ГИБДД, Гостехнадзор, ФНС)",
					null) };

	private static final Duty[] PERSON = {
			new Duty(3, 0, "Публикация сведений о введении процедуры в ЕФРСБ", "ст. 213.7" + LAW),
			new Duty(7, 0, "Запросы в регистрирующие органы об имуществе гражданина (Росреестр, ГИБДД, Гостехнадзор, ФНС)",
					null),
			new Duty(15, 0, "Уведомление известных кредиторов гражданина о введении процедуры", "ст. 213.9" + LAW) };

	private static final Duty[] OBSERVATION = {
			new Duty(40, 0, "Окончание срока предъявления требований кредиторов",
					"30 дней с даты публикации (ст. 71" + LAW + ")"),
			new Duty(60, 0, "Анализ финансового состояния должника", "ст. 70" + LAW),
			new Duty(65, 0, "Заключение о наличии (отсутствии) признаков преднамеренного и фиктивного банкротства", null),
			new Duty(70, 0, "Публикация сообщения о первом собрании кредиторов в ЕФРСБ",
					"не позднее чем за 14 дней до собрания (ст. 13" + LAW + ")"),
			new Duty(85, 0, "Первое собрание кредиторов", "ст. 72" + LAW),
			new Duty(95, 0, "Отчёт временного управляющего в арбитражный суд", "ст. 67" + LAW) };

	private static final Duty[] RECOVERY = {
			new Duty(30, 30, "Рассмотрение ежемесячного отчёта должника о ходе выполнения плана финансового оздоровления",
					"ст. 83" + LAW) };

	private static final Duty[] EXTERNAL = {
			new Duty(30, 0, "Разработка плана внешнего управления",
					"не позднее месяца с даты утверждения внешнего управляющего (ст. 106" + LAW + ")"),
			new Duty(40, 0, "Собрание кредиторов: рассмотрение плана внешнего управления", "ст. 107" + LAW),
			new Duty(90, 0, "Инвентаризация имущества должника", "ст. 99" + LAW),
			new Duty(120, 90, "Собрание кредиторов: отчёт внешнего управляющего о ходе реализации плана", null) };

	private static final Duty[] PROCEEDINGS = {
			new Duty(30, 0, "Уведомление работников должника о предстоящем увольнении",
					"не позднее месяца с даты введения конкурсного производства (ст. 129" + LAW + ")"),
			new Duty(60, 0, "Закрытие реестра требований кредиторов",
					"два месяца с даты публикации (ст. 142" + LAW + ")"),
			new Duty(90, 0, "Инвентаризация имущества должника", "ст. 129" + LAW),
			new Duty(95, 0, "Публикация сведений о результатах инвентаризации в ЕФРСБ", null),
			new Duty(120, 0, "Оценка имущества должника", "ст. 130" + LAW),
			new Duty(125, 0, "Представление собранию кредиторов Положения о порядке, сроках и условиях продажи имущества",
					"ст. 139" + LAW),
			new Duty(170, 0, "Торги по продаже имущества должника", "ст. 110, 139" + LAW),
			new Duty(90, 90, "Собрание кредиторов: отчёт конкурсного управляющего",
					"не реже одного раза в три месяца (ст. 143" + LAW + ")"),
			new Duty(175, 0, "Судебное заседание по рассмотрению отчёта конкурсного управляющего",
					"конкурсное производство вводится на шесть месяцев (ст. 124" + LAW + ")") };

	private static final Duty[] RESTRUCTURING = {
			new Duty(65, 0, "Окончание срока предъявления требований кредиторов",
					"два месяца с даты публикации (ст. 213.8" + LAW + ")"),
			new Duty(75, 0, "Анализ финансового состояния гражданина", null),
			new Duty(90, 0, "Собрание кредиторов: рассмотрение плана реструктуризации долгов", "ст. 213.12" + LAW),
			new Duty(110, 0, "Отчёт финансового управляющего в арбитражный суд", null) };

	private static final Duty[] SALE = {
			new Duty(60, 0, "Опись и инвентаризация имущества гражданина", null),
			new Duty(65, 0, "Окончание срока предъявления требований кредиторов", "два месяца с даты публикации"),
			new Duty(90, 0, "Представление в суд Положения о порядке, об условиях и о сроках реализации имущества",
					"в течение месяца с даты окончания инвентаризации (ст. 213.26" + LAW + ")"),
			new Duty(150, 0, "Торги по реализации имущества гражданина", null),
			new Duty(90, 90, "Отчёт финансового управляющего кредиторам",
					"не реже одного раза в квартал (ст. 213.9" + LAW + ")"),
			new Duty(170, 0, "Судебное заседание по рассмотрению отчёта о результатах реализации имущества",
					"реализация имущества вводится на срок до шести месяцев (ст. 213.24" + LAW + ")") };

	private final DemoWriter writer;

	TaskMaker(DemoWriter writer) {
		this.writer = writer;
	}

	/**
	 * Writes the procedure's duties up to its end; a running procedure's planned duties all, its repeated ones until
	 * three months ahead.
	 */
	void write(PlannedProcedure procedure) throws SQLException {
		DemoRandom random = new DemoRandom(procedure.id().getLeastSignificantBits() ^ SALT);
		LocalDate horizon = procedure.running() ? Formats.TODAY.plusDays(90) : procedure.lastDay();
		for (Duty duty : duties(procedure)) {
			for (int days = duty.days(); ; days += duty.every()) {
				LocalDate due = DemoRandom.workday(procedure.start().plusDays(days));
				if (due.isAfter(horizon) && (duty.every() > 0 || !procedure.running())) {
					break;
				}
				// Long past duties are done; a running procedure may be behind with the last two months' ones.
				boolean done = !due.isAfter(Formats.TODAY) && (!procedure.running()
						|| due.isBefore(Formats.TODAY.minusDays(60)) || random.chance(0.6));
				LocalDate doneOn = null;
				if (done) {
					doneOn = due.minusDays(random.between(0, 4));
					doneOn = doneOn.isBefore(procedure.start()) ? procedure.start() : doneOn;
				}
				writer.row("TASKS", COLUMNS, random.uuid(), procedure.id(), due, duty.title(), done, doneOn,
						duty.note());
				if (duty.every() <= 0) {
					break;
				}
			}
		}
	}

	private static List<Duty> duties(PlannedProcedure procedure) {
		List<Duty> duties = new ArrayList<>(List.of(procedure.kind().forPersons() ? PERSON : COMPANY));
		duties.addAll(List.of(switch (procedure.kind()) {
		case OBSERVATION -> OBSERVATION;
		case FINANCIAL_RECOVERY -> RECOVERY;
		case EXTERNAL_ADMINISTRATION -> EXTERNAL;
		case BANKRUPTCY_PROCEEDINGS -> PROCEEDINGS;
		case DEBT_RESTRUCTURING -> RESTRUCTURING;
		case SALE_OF_ASSETS -> SALE;
		}));
		return duties;
	}
}
