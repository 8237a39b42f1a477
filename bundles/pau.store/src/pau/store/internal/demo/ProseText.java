package pau.store.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Deterministic Russian prose in the style of an arbitration manager's report, one line (paragraph) at a time.
 * Sentences come from templates whose placeholders take dates, amounts and numbers:
 * {@code %D} date, {@code %A} amount, {@code %S} monthly amount, {@code %N} 2–4, {@code %M} 5–9,
 * {@code %P} percent, {@code %K} ratio, {@code %X} document number, {@code %T} hearing date and time,
 * {@code %R} the manager («конкурсным управляющим»).
 */
final class ProseText {

	/** Sentences that fit any procedure. */
	private static final String[] GENERAL = {
			"В ходе процедуры %R направлены запросы в регистрирующие органы о наличии у должника имущества и имущественных прав.",
			"Согласно ответу Управления Росреестра от %D за должником зарегистрированы права на %N объекта недвижимого имущества.",
			"По данным органов ГИБДД, за должником зарегистрировано %N транспортных средства, сведения о которых включены в инвентаризационную опись.",
			"Инвентаризация имущества должника завершена %D, по её результатам выявлено имущество стоимостью %A руб.",
			"Размер требований кредиторов, включённых в реестр, составляет %A руб., из них требования третьей очереди — %A руб.",
			"Сведения о введении процедуры опубликованы в газете «Коммерсантъ» %D и включены в Единый федеральный реестр сведений о банкротстве.",
			"Текущие расходы на проведение процедуры составили %A руб., в том числе расходы на публикацию сведений — %A руб.",
			"Сведения о результатах инвентаризации включены в ЕФРСБ %D, сообщение № %X.",
			"Возражения кредиторов относительно размера требований рассмотрены арбитражным судом %D.",
			"Определением суда от %D рассмотрение отчёта управляющего отложено, судебное заседание назначено на %T.",
			"Жалобы на действия арбитражного управляющего в отчётном периоде в арбитражный суд не поступали.",
			"Ответственность арбитражного управляющего застрахована по договору № %X от %D на сумму %A руб.",
			"Требования кредиторов, заявленные после закрытия реестра, учтены за реестром и подлежат удовлетворению после погашения реестровых требований.",
			"Анализ сделок за три года, предшествовавших возбуждению дела, выявил %N сделки, подлежащие дальнейшей проверке на предмет оспаривания.",
			"В арбитражный суд подано заявление о признании недействительной сделки по отчуждению транспортного средства, совершённой %D.",
			"Собранием кредиторов %D принято решение обратиться в суд с ходатайством о продлении срока процедуры на %M месяцев.",
			"Признаки преднамеренного банкротства не выявлены; признаки фиктивного банкротства не выявлены.",
			"Судебное заседание по рассмотрению отчёта %R назначено на %T в помещении арбитражного суда." };

	/** Sentences about selling the estate and paying creditors: only where the estate is sold. */
	private static final String[] SALES = {
			"Торги по продаже имущества должника, назначенные на %D, признаны несостоявшимися в связи с отсутствием заявок.",
			"Повторные торги проведены %D, победителем признан участник, предложивший цену %A руб.",
			"Имущество реализуется посредством публичного предложения с шагом снижения цены %P% от начальной цены.",
			"Привлечённый оценщик определил рыночную стоимость имущества в размере %A руб., отчёт об оценке № %X от %D размещён в ЕФРСБ.",
			"Денежные средства от реализации имущества распределены в порядке очерёдности, установленной статьёй 134 Закона о банкротстве.",
			"Расчёты с кредиторами третьей очереди произведены пропорционально размеру их требований, процент погашения составил %P%.",
			"Судебные расходы и вознаграждение арбитражного управляющего погашены в размере %A руб. в составе текущих платежей.",
			"Имущество должника, находящееся в залоге у банка, реализовано на торгах %D, залоговому кредитору перечислено %A руб.",
			"Дебиторская задолженность выявлена в размере %A руб.; в адрес дебиторов направлены претензии, по %N из них поданы иски." };

	private static final String[] COMPANY = {
			"Бывшему руководителю должника направлено требование о передаче бухгалтерской и иной документации, печатей, штампов, материальных и иных ценностей.",
			"Документация должника передана не в полном объёме, в связи с чем подано ходатайство об истребовании документов у бывшего руководителя.",
			"Работники должника уведомлены о предстоящем увольнении; задолженность по заработной плате составляет %A руб.",
			"Требования кредиторов второй очереди по выплате заработной платы погашены на сумму %A руб.",
			"На основной счёт должника за отчётный период поступили денежные средства в размере %A руб.",
			"Коэффициент текущей ликвидности на последнюю отчётную дату составил %K, что ниже нормативного значения.",
			"Выручка должника за последний отчётный год составила %A руб., чистый убыток — %A руб.",
			"Стоимость чистых активов должника отрицательна и составляет минус %A руб.",
			"Закрыто %M расчётных счетов должника, остатки денежных средств перечислены на основной счёт.",
			"Подано заявление о привлечении контролирующих должника лиц к субсидиарной ответственности на сумму %A руб." };

	private static final String[] PERSON = {
			"Гражданин имеет постоянный доход в виде заработной платы в размере %S руб. в месяц; из конкурсной массы исключён прожиточный минимум.",
			"Сделки по отчуждению имущества гражданина за последние три года не выявлены.",
			"Финансовым управляющим получены выписки по счетам гражданина в %M кредитных организациях.",
			"Единственное жилое помещение гражданина исключено из конкурсной массы в силу статьи 446 ГПК РФ.",
			"Гражданин в браке не состоит, несовершеннолетних детей на иждивении не имеет.",
			"Супруге гражданина направлен запрос о совместно нажитом имуществе, ответ получен %D.",
			"Ежемесячно из конкурсной массы гражданину выплачивается сумма в размере прожиточного минимума, установленного в регионе." };

	private static final String[] OBSERVATION = {
			"Временным управляющим проведён анализ финансового состояния должника; восстановление платёжеспособности признано невозможным.",
			"Реестр требований кредиторов закрыт %D, требования кредиторов, заявленные позднее, рассматриваются в следующей процедуре." };

	private static final String[] RECOVERY = {
			"График погашения задолженности исполняется, за отчётный период кредиторам перечислено %A руб.",
			"Обеспечение исполнения обязательств по графику погашения задолженности предоставлено поручителем на сумму %A руб." };

	private static final String[] EXTERNAL = {
			"План внешнего управления предусматривает продажу части имущества и взыскание дебиторской задолженности на сумму %A руб.",
			"Мораторий на удовлетворение требований кредиторов действует с %D." };

	private static final String[] RESTRUCTURING = {
			"План реструктуризации долгов гражданином не представлен, кредиторы плана также не предложили.",
			"Проект плана реструктуризации предусматривает погашение требований в течение трёх лет ежемесячными платежами по %S руб." };

	private static final String[] SALE = {
			"Транспортное средство гражданина реализовано на торгах %D по цене %A руб.",
			"Финансовый управляющий ходатайствует о завершении процедуры и применении правил об освобождении гражданина от обязательств." };

	private static final String[] SECTIONS = { "Общие сведения о ходе процедуры", "Сведения о формировании конкурсной массы",
			"Сведения о требованиях кредиторов", "Сведения о расходах на проведение процедуры",
			"Сведения о работе с имуществом должника", "Сведения о мерах по поиску и возврату имущества",
			"Сведения о судебных заседаниях", "Сведения о сделках должника", "Выводы арбитражного управляющего" };

	private final DocumentSpec spec;
	private final DemoRandom random;
	/** Sentences that fit this debtor and procedure, besides the general ones. */
	private final String[] specific;
	private final Iterator<String> heading;
	private final Iterator<String> signature;
	private final int days;
	/** Bytes of the blank line and the signature, kept free at the end of the budget. */
	private final long reserved;
	private String previous;
	private long produced;
	private int section;
	private int paragraphsLeftInSection;
	private boolean bodyDone;
	private final StringBuilder text = new StringBuilder(2048);

	ProseText(DocumentSpec spec) {
		this.spec = spec;
		this.random = new DemoRandom(spec.seed());
		this.specific = specific(spec.kind(), spec.person());
		this.heading = spec.heading().iterator();
		this.signature = spec.signature().iterator();
		this.days = (int) Math.max(0, ChronoUnit.DAYS.between(spec.from(), spec.to()));
		long signatureBytes = 1;
		for (String line : spec.signature()) {
			signatureBytes += encode(line).length;
		}
		this.reserved = signatureBytes;
	}

	/** The next line with its line feed, in UTF-8; {@code null} at the end. */
	byte[] nextLine() {
		if (heading.hasNext()) {
			return count(encode(heading.next()));
		}
		if (!bodyDone) {
			if (produced + reserved < spec.targetBytes() || section == 0) {
				return count(encode(paragraphLine()));
			}
			bodyDone = true;
			return encode(""); // blank line before the signature
		}
		return signature.hasNext() ? encode(signature.next()) : null;
	}

	/** A paragraph, under a new section heading when the section is full. */
	private String paragraphLine() {
		text.setLength(0);
		if (paragraphsLeftInSection == 0) {
			// A heading always comes with its first paragraph, so the text never ends on a heading.
			paragraphsLeftInSection = random.between(2, 7);
			text.append('\n').append(++section).append(". ").append(SECTIONS[(section - 1) % SECTIONS.length])
					.append('\n');
		}
		paragraphsLeftInSection--;
		paragraph(spec.targetBytes() - reserved - produced);
		return text.toString();
	}

	private byte[] count(byte[] line) {
		produced += line.length;
		return line;
	}

	/** Two to six sentences, fewer when the remaining budget is small. */
	private void paragraph(long remaining) {
		int sentences = random.between(2, 6);
		text.append('\t');
		for (int i = 0; i < sentences; i++) {
			if (i > 0) {
				text.append(' ');
			}
			sentence();
			if (text.length() * 2L >= remaining) { // Cyrillic: two bytes a character, near enough
				break;
			}
		}
	}

	private void sentence() {
		String template;
		do { // the same sentence twice in a row reads like a bug
			template = random.chance(0.55) ? random.pick(GENERAL) : random.pick(specific);
		} while (template == previous);
		previous = template;
		for (int i = 0; i < template.length(); i++) {
			char c = template.charAt(i);
			if (c != '%' || i + 1 == template.length()) {
				text.append(c);
				continue;
			}
			char code = template.charAt(++i);
			switch (code) {
			case 'D' -> text.append(Formats.date(date()));
			case 'T' -> text.append(Formats.date(date().plusDays(random.between(14, 60)))).append(' ')
					.append(random.pick("в 10:00", "в 10:30", "в 11:15", "в 12:00", "в 14:30", "в 15:45"));
			case 'A' -> text.append(Formats.money(random.logUniform(10_000_00L, 50_000_000_00L)));
			case 'S' -> text.append(Formats.money(random.logUniform(15_000_00L, 250_000_00L)));
			case 'N' -> text.append(random.between(2, 4));
			case 'M' -> text.append(random.between(5, 9));
			case 'P' -> text.append(Formats.hundredths(random.between(100, 9_900)));
			case 'K' -> text.append("0,").append(Formats.pad2(random.between(5, 95)));
			case 'X' -> text.append(random.between(100_000, 99_999_999));
			case 'R' -> text.append(spec.kind().managerBy);
			default -> text.append('%').append(code);
			}
		}
	}

	private static String[] specific(ProcedureKind kind, boolean person) {
		List<String> sentences = new ArrayList<>(List.of(person ? PERSON : COMPANY));
		switch (kind) {
		case OBSERVATION -> sentences.addAll(List.of(OBSERVATION));
		case FINANCIAL_RECOVERY -> sentences.addAll(List.of(RECOVERY));
		case EXTERNAL_ADMINISTRATION -> {
			sentences.addAll(List.of(EXTERNAL));
			sentences.addAll(List.of(SALES));
		}
		case BANKRUPTCY_PROCEEDINGS -> sentences.addAll(List.of(SALES));
		case DEBT_RESTRUCTURING -> sentences.addAll(List.of(RESTRUCTURING));
		case SALE_OF_ASSETS -> {
			sentences.addAll(List.of(SALE));
			sentences.addAll(List.of(SALES));
		}
		}
		return sentences.toArray(String[]::new);
	}

	private LocalDate date() {
		return spec.from().plusDays(random.below(days + 1));
	}

	private static byte[] encode(String line) {
		return (line + '\n').getBytes(StandardCharsets.UTF_8);
	}
}
