package pau.store.internal.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The documents of one procedure: protocols, reports, registers and the like as UTF-8 text files. Each is
 * generated twice from its {@link DocumentSpec}: once for size and SHA-256, once streamed into the database.
 */
final class DocumentMaker {

	/** Media type of every generated document (all are UTF-8 text). */
	static final String MEDIA_TYPE = "text/plain";

	/** A written document, for letters that enclose it. */
	record Written(UUID id, String title, LocalDate date) {
	}

	/** A kind of document: its title and whether its date goes into the file name. */
	private record Kind(String title, String fileName, boolean dated) {
	}

	private final DemoRandom random;
	private final DemoWriter writer;

	DocumentMaker(DemoRandom random, DemoWriter writer) {
		this.random = random;
		this.writer = writer;
	}

	/**
	 * Writes 1 to 3 documents sharing about {@code budget} bytes; a negative budget means small documents of a
	 * few kilobytes each.
	 */
	List<Written> write(PlannedProcedure procedure, List<MeetingMaker.Held> held, long budget) throws SQLException {
		List<Kind> candidates = candidates(procedure, !held.isEmpty());
		int count = Math.min(candidates.size(), random.between(1, 3));
		int[] weights = new int[count];
		int totalWeight = 0;
		for (int i = 0; i < count; i++) {
			weights[i] = random.between(1, 4);
			totalWeight += weights[i];
		}
		List<Written> written = new ArrayList<>(count);
		long left = budget;
		for (int i = 0; i < count; i++) {
			Kind kind = candidates.remove(random.below(candidates.size()));
			// Drawn in any case, so that the document budget changes the content but not the rest of the data.
			long target = random.between(2_048, 8_192);
			if (budget >= 0) {
				target = i == count - 1 ? left : budget * weights[i] / totalWeight;
				left -= target;
			}
			written.add(document(procedure, kind, held, target));
		}
		return written;
	}

	private List<Kind> candidates(PlannedProcedure procedure, boolean meetingHeld) {
		ProcedureKind kind = procedure.kind();
		List<Kind> kinds = new ArrayList<>();
		if (meetingHeld) {
			kinds.add(new Kind("Протокол собрания кредиторов", "Протокол собрания кредиторов", true));
		}
		String report = "Отчёт " + kind.managerOf + " о своей деятельности";
		kinds.add(new Kind(report, "Отчёт " + kind.managerOf, true));
		kinds.add(new Kind("Реестр требований кредиторов", "Реестр требований кредиторов на", true));
		switch (kind) {
		case OBSERVATION, DEBT_RESTRUCTURING -> {
			String whose = kind == ProcedureKind.OBSERVATION ? "должника" : "гражданина";
			kinds.add(new Kind("Анализ финансового состояния " + whose, "Анализ финансового состояния " + whose,
					false));
			kinds.add(new Kind("Заключение о наличии (отсутствии) признаков преднамеренного и фиктивного банкротства",
					"Заключение о признаках преднамеренного банкротства", false));
			if (kind == ProcedureKind.DEBT_RESTRUCTURING) {
				kinds.add(new Kind("План реструктуризации долгов гражданина", "План реструктуризации долгов", false));
			}
		}
		case FINANCIAL_RECOVERY -> kinds.add(new Kind("План финансового оздоровления", "План финансового оздоровления",
				false));
		case EXTERNAL_ADMINISTRATION -> {
			kinds.add(new Kind("План внешнего управления", "План внешнего управления", false));
			kinds.add(new Kind("Инвентаризационная опись имущества должника", "Инвентаризационная опись", true));
		}
		case BANKRUPTCY_PROCEEDINGS, SALE_OF_ASSETS -> {
			kinds.add(new Kind("Положение о порядке, сроках и условиях продажи имущества",
					"Положение о порядке продажи имущества", false));
			kinds.add(new Kind("Инвентаризационная опись имущества", "Инвентаризационная опись", true));
		}
		}
		return kinds;
	}

	private Written document(PlannedProcedure procedure, Kind kind, List<MeetingMaker.Held> held, long target)
			throws SQLException {
		UUID id = random.uuid();
		LocalDate date;
		if (kind.title().startsWith("Протокол")) {
			date = random.pick(held).date();
		} else {
			LocalDate from = procedure.start().plusDays(30);
			date = from.isAfter(procedure.lastDay()) ? procedure.lastDay()
					: DemoRandom.workday(random.dateBetween(from, procedure.lastDay()));
			if (date.isAfter(procedure.lastDay())) {
				date = procedure.lastDay();
			}
		}
		String fileName = kind.fileName() + (kind.dated() ? " " + date : "") + ".txt";
		Debtor debtor = procedure.debtor();
		PersonNames.Name manager = procedure.manager();
		String registration = debtor.ogrn() == null ? ""
				: (debtor.kind() == Debtor.Kind.COMPANY ? ", ОГРН " : ", ОГРНИП ") + debtor.ogrn();
		List<String> heading = List.of(kind.title().toUpperCase(Locale.ROOT),
				"г. " + debtor.region().capital().name() + ", " + Formats.longDate(date),
				"Дело № " + procedure.caseNumber() + ", " + procedure.court(),
				"Должник: " + debtor.name() + ", ИНН " + debtor.inn() + registration,
				"Адрес: " + debtor.address(),
				procedure.kind().managerTitle() + ": " + manager.full(),
				"Процедура " + procedure.kind().procedureOf + " введена " + Formats.date(procedure.start()));
		List<String> signature = List.of(procedure.kind().managerTitle() + " ______________ " + manager.initials(),
				Formats.date(date));
		DocumentSpec spec = new DocumentSpec(heading, signature, debtor.kind().isPerson(), procedure.kind(),
				procedure.start(), date, target, random.seed());
		ContentDigest digest = ContentDigest.of(spec);
		writer.document(id, procedure.id(), fileName, MEDIA_TYPE, digest.size(), digest.sha256(), new ProseStream(spec));
		return new Written(id, kind.title(), date);
	}
}
