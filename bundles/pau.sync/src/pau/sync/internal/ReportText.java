package pau.sync.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;

import pau.model.Dates;
import pau.model.ValueLabels;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Entry;
import pau.sync.SyncReport.Fact;
import pau.sync.SyncReport.ProcedureCounts;
import pau.sync.SyncReport.Subject;

/**
 * The synchronization report as a lawyer reads it (B1), one wording for the report dialog, the CSV
 * and PDF exports and pau-cli: grouped by procedure (debtor, case number) with counts, each decision
 * in words, the record in its own terms ("claim of ООО «Ромашка» for 1 234 567,89 ₽"), the field's
 * label, values formatted for the language (amounts with grouping, two decimals and ₽; dates
 * dd.MM.yyyy). Texts in {@code report.properties}, in the platform's language.
 */
public final class ReportText {

	/** One decision, worded. {@code no} is its number in the report (1-based), as pau-cli restore takes it. */
	public record Line(int no, Entry entry, String decision, String record, String field, String offlineValue,
			String mainValue, String restored) {

		/** Whether the values are numbers (amounts, counts): right-aligned, and numbers in a CSV. */
		public boolean numeric() {
			String type = entry.subject() == null ? null : entry.subject().valueType();
			return "decimal".equals(type) || "number".equals(type); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The decisions and counts of one procedure (or of the shared records: debtors, creditors). */
	public record Group(UUID procedureId, String title, String counts, List<Line> lines) {
	}

	private static final String BUNDLE = "pau.sync.internal.report"; //$NON-NLS-1$

	private final Locale locale;
	private final ResourceBundle texts;

	/** The report in the platform's language (-nl). */
	public ReportText() {
		this(Locale.getDefault());
	}

	public ReportText(Locale locale) {
		this.locale = locale;
		this.texts = ResourceBundle.getBundle(BUNDLE, locale, ReportText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** A text of the report by key, with its arguments. */
	public String text(String key, Object... arguments) {
		String pattern;
		try {
			pattern = texts.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The title: report or preview. */
	public String title(SyncReport report) {
		return text(report.isPreview() ? "PreviewTitle" : "Title"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Who synchronized, from which computer, when. */
	public String origin(SyncReport report) {
		String user = report.user() != null ? report.user() : MainCheckouts.userName();
		String host = report.host() != null ? report.host() : MainCheckouts.hostName();
		return text(report.isPreview() ? "OriginPreview" : "Origin", user, host, //$NON-NLS-1$ //$NON-NLS-2$
				instant(report.finishedAt() != null ? report.finishedAt() : Instant.now()));
	}

	/** "5 records inserted, 2 records updated in the main database; 3 decisions to look at." */
	public String summary(SyncReport report) {
		String summary = text("Summary", inserted(report, report.totalInserted()), updated(report, report.totalUpdated()), //$NON-NLS-1$
				decisions(report.entries().size()));
		if (report.stayedOffline() && !report.isPreview()) {
			// Issue 20: what arrived is known in the sitting that synchronized, not kept in main's report.
			summary += ' ' + (report.totalArrived() > 0
					? text("StayedOfflineArrived", plural("Arrived", report.totalArrived())) //$NON-NLS-1$ //$NON-NLS-2$
					: text("StayedOffline")); //$NON-NLS-1$
		}
		return Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
	}

	private String inserted(SyncReport report, int count) {
		return plural(report.isPreview() ? "WillInsert" : "Inserted", count); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String updated(SyncReport report, int count) {
		return plural(report.isPreview() ? "WillUpdate" : "Updated", count); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String decisions(int count) {
		return count == 0 ? text("NoDecisions") : plural("Decisions", count); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The phrase for a count, in the plural form the language wants (Russian: one, few, many). */
	public String plural(String key, long count) {
		return text(key + '_' + pluralForm(count), count);
	}

	/** CLDR's cardinal categories for Russian; English only tells one from many. */
	String pluralForm(long count) {
		if (!"ru".equals(locale.getLanguage())) { //$NON-NLS-1$
			return count == 1 ? "one" : "many"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		long ten = count % 10;
		long hundred = count % 100;
		if (ten == 1 && hundred != 11) {
			return "one"; //$NON-NLS-1$
		}
		if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) {
			return "few"; //$NON-NLS-1$
		}
		return "many"; //$NON-NLS-1$
	}

	/** The decisions grouped by procedure, in the order the procedures first appear; shared records last. */
	public List<Group> groups(SyncReport report) {
		Map<UUID, List<Line>> lines = new LinkedHashMap<>();
		Map<UUID, Subject> subjects = new LinkedHashMap<>();
		report.procedures().keySet().forEach(id -> lines.put(id, new ArrayList<>()));
		List<Entry> entries = report.entries();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			UUID procedure = entry.subject() == null ? null : entry.subject().procedureId();
			lines.computeIfAbsent(procedure, id -> new ArrayList<>()).add(line(i + 1, entry));
			if (entry.subject() != null && procedure != null) {
				subjects.putIfAbsent(procedure, entry.subject());
			}
		}
		List<Group> groups = new ArrayList<>();
		List<Line> shared = lines.remove(null);
		lines.forEach((id, list) -> groups.add(group(report, id, subjects.get(id), list)));
		if (shared != null) {
			groups.add(group(report, null, null, shared));
		}
		return groups;
	}

	private Group group(SyncReport report, UUID id, Subject subject, List<Line> lines) {
		ProcedureCounts counts = report.procedures().get(id);
		String title;
		if (id == null) {
			title = text("Shared"); //$NON-NLS-1$
		} else {
			String debtor = counts != null && counts.debtor() != null ? counts.debtor()
					: subject != null && subject.debtor() != null ? subject.debtor() : text("Unknown"); //$NON-NLS-1$
			String caseNumber = counts != null && counts.caseNumber() != null ? counts.caseNumber()
					: subject != null ? subject.caseNumber() : null;
			title = caseNumber == null || caseNumber.isBlank() ? text("ProcedureNoCase", debtor) //$NON-NLS-1$
					: text("Procedure", debtor, caseNumber); //$NON-NLS-1$
		}
		// Only what happened: "2 records updated, 1 decision to look at".
		List<String> parts = new ArrayList<>();
		if (counts != null && counts.inserted() > 0) {
			parts.add(inserted(report, counts.inserted()));
		}
		if (counts != null && counts.updated() > 0) {
			parts.add(updated(report, counts.updated()));
		}
		if (id != null && parts.isEmpty() && lines.isEmpty()) {
			parts.add(text(report.isPreview() ? "WillChangeNothing" //$NON-NLS-1$
					: report.stayedOffline() ? "StayedNothing" : "ChangedNothing")); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			parts.add(decisions(lines.size()));
		}
		String countText = String.join(", ", parts); //$NON-NLS-1$
		return new Group(id, title, Character.toUpperCase(countText.charAt(0)) + countText.substring(1), List.copyOf(lines));
	}

	/** One entry in words. */
	public Line line(int no, Entry entry) {
		Subject subject = entry.subject();
		String field = entry.field() == null ? "" : ValueLabels.column(entry.table(), entry.field()); //$NON-NLS-1$
		String offline = ""; //$NON-NLS-1$
		String main = ""; //$NON-NLS-1$
		if (entry.kind() == SyncReport.Kind.CONFLICT_MAIN_KEPT) {
			String type = subject == null ? null : subject.valueType();
			offline = subject != null && subject.offlineName() != null ? subject.offlineName() : value(type, entry.offlineValue());
			main = subject != null && subject.mainName() != null ? subject.mainName() : value(type, entry.mainValue());
		}
		String restored = entry.restoration() == null ? "" //$NON-NLS-1$
				: text("Restored", entry.restoration().user(), instant(entry.restoration().at())); //$NON-NLS-1$
		return new Line(no, entry, text("Decision_" + entry.kind().name()), record(entry), field, offline, main, restored); //$NON-NLS-1$
	}

	/**
	 * The whole entry in sentences, for the line under the report's table: the record, what was
	 * decided and why, both values, and whether it was or can be restored.
	 */
	public String details(Line line, boolean restorable) {
		StringBuilder text = new StringBuilder();
		text.append(line.no()).append(". ").append(Character.toUpperCase(line.record().charAt(0))) //$NON-NLS-1$
				.append(line.record().substring(1)).append(". ").append(text("Explain_" + line.entry().kind().name())).append('.'); //$NON-NLS-1$ //$NON-NLS-2$
		if (!line.field().isEmpty()) {
			text.append(' ').append(text("Details_values", line.field(), line.offlineValue(), line.mainValue())); //$NON-NLS-1$
		}
		if (!line.restored().isEmpty()) {
			text.append(' ').append(line.restored()).append('.');
		} else if (restorable) {
			text.append(' ').append(text("Details_restorable")); //$NON-NLS-1$
		}
		return text.toString();
	}

	/** The record in its own terms: "claim of ООО «Ромашка» for 1 234 567,89 ₽", "meeting of 12.03.2026". */
	public String record(Entry entry) {
		Subject subject = entry.subject();
		String key = "Record_" + entry.table(); //$NON-NLS-1$
		if (subject == null || subject.facts().isEmpty() || !texts.containsKey(key)) {
			return text("Record_other", ValueLabels.table(entry.table()), //$NON-NLS-1$
					entry.record() == null ? entry.recordId() : entry.record());
		}
		List<Object> arguments = new ArrayList<>();
		for (Fact fact : subject.facts()) {
			String type = fact.type();
			String value = "timestamp".equals(type) && fact.value() != null //$NON-NLS-1$
					? Dates.of(LocalDateTime.parse(fact.value()).toLocalDate())
					: value(type, fact.value());
			if (type != null && type.startsWith("enum:") && "CORRESPONDENCE".equals(entry.table())) { //$NON-NLS-1$ //$NON-NLS-2$
				value = value.toLowerCase(locale); // "outgoing letter", "исходящее письмо"
			}
			arguments.add(value);
		}
		String text = text(key, arguments.toArray());
		return text.replace(", " + text("Empty"), ""); //$NON-NLS-1$ //$NON-NLS-2$ an empty place or the like is left out
	}

	/** A value of the database as the user reads it, by its type (see {@link Subject#valueType()}). */
	public String value(String type, String value) {
		if (value == null || value.isEmpty()) {
			return text("Empty"); //$NON-NLS-1$
		}
		if (type == null) {
			return value;
		}
		try {
			if (type.startsWith("enum:")) { //$NON-NLS-1$
				return ValueLabels.of(type.substring(5), value);
			}
			return switch (type) {
			case "decimal" -> amount(new BigDecimal(value)); //$NON-NLS-1$
			case "date" -> Dates.of(LocalDate.parse(value)); //$NON-NLS-1$
			case "timestamp" -> Dates.of(LocalDateTime.parse(value)); //$NON-NLS-1$
			case "boolean" -> text(Boolean.parseBoolean(value) ? "Yes" : "No"); //$NON-NLS-1$ //$NON-NLS-2$
			case "number" -> NumberFormat.getIntegerInstance(locale).format(Long.parseLong(value)); //$NON-NLS-1$
			case "group" -> value.split(" \u00b7 ")[0]; //$NON-NLS-1$ the file name stands for the document's content
			default -> value;
			};
		} catch (RuntimeException e) {
			return value; // not what the type says (a plain-SQL edit): shown as it is
		}
	}

	/** 1 234 567,89 ₽ (ru) / 1,234,567.89 ₽ (en). */
	public String amount(BigDecimal amount) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setGroupingUsed(true);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + "\u00a0\u20bd"; //$NON-NLS-1$
	}

	/** A moment in the local time zone: dd.MM.yyyy HH:mm. */
	public String instant(Instant instant) {
		return Dates.of(instant);
	}
}
