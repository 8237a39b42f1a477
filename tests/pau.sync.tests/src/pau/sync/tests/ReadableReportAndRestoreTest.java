package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import pau.sync.SyncException;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Entry;
import pau.sync.SyncReport.Kind;
import pau.sync.internal.ReportText;
import pau.sync.internal.SyncReports;

/**
 * B1 the report as a lawyer reads it (grouped by procedure, words, labels, values for the language;
 * CSV with a BOM, PDF with an embedded Cyrillic font), kept in main and listed; B13 restoring a lost
 * offline value under the row version, recorded in the report.
 */
class ReadableReportAndRestoreTest extends SyncTestBase {

	/** Conflicts on a claim's amount and a meeting's place, a deletion not transferred. */
	private SyncReport synchronizeWithConflicts() throws Exception {
		f.goOffline();
		SyncFixture.exec(f.offlineDb(), "UPDATE CLAIMS SET AMOUNT = 1234567.89 WHERE ID = ?", f.claim1);
		SyncFixture.exec(f.mainDb(), "UPDATE CLAIMS SET AMOUNT = 150000, VERSION = VERSION + 1 WHERE ID = ?", f.claim1);
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET PLACE = 'Офлайн' WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET PLACE = 'Основная', VERSION = VERSION + 1 WHERE ID = ?", f.meeting);
		SyncFixture.exec(f.offlineDb(), "DELETE FROM CLAIMS WHERE ID = ?", f.claim2);
		return f.offline.synchronize(new NullProgressMonitor());
	}

	private static int entryNo(SyncReport report, Kind kind, String field) {
		List<Entry> entries = report.entries();
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).kind() == kind && (field == null || field.equals(entries.get(i).field()))) {
				return i + 1;
			}
		}
		throw new AssertionError(kind + " " + field + " not in " + entries);
	}

	@Test
	void b1_reportIsGroupedByProcedureAndWordedWithLabelsAndFormattedValues() throws Exception {
		SyncReport report = synchronizeWithConflicts();

		ReportText text = new ReportText(Locale.ENGLISH);
		List<ReportText.Group> groups = text.groups(report);
		assertEquals(1, groups.size(), groups.toString());
		ReportText.Group group = groups.get(0);
		assertEquals("ООО «Ромашка», case А40-100/2024", group.title());
		assertTrue(group.counts().contains("3 decisions to look at"), group.counts());
		ReportText.Line amount = group.lines().stream().filter(l -> "AMOUNT".equals(l.entry().field())).findFirst().orElseThrow();
		assertEquals("claim of ПАО «Банк» for 150,000.00\u00a0₽", amount.record());
		assertEquals("1,234,567.89\u00a0₽", amount.offlineValue());
		assertEquals("150,000.00\u00a0₽", amount.mainValue());
		assertTrue(amount.decision().contains("value kept"), amount.decision());
		ReportText.Line place = group.lines().stream().filter(l -> "PLACE".equals(l.entry().field())).findFirst().orElseThrow();
		assertEquals("meeting of 14.05.2024", place.record());
		assertEquals(report.entries().size(), group.lines().size());

		ReportText ru = new ReportText(Locale.forLanguageTag("ru"));
		assertEquals("1\u00a0234\u00a0567,89\u00a0₽", ru.amount(new BigDecimal("1234567.89")));
		assertEquals("ООО «Ромашка», дело № А40-100/2024", ru.groups(report).get(0).title());
		// No declension needed: the creditor's name stands after a dash, as given.
		assertEquals("требование: ПАО «Банк», 150\u00a0000,00\u00a0₽", ru.line(1, amount.entry()).record());
	}

	@Test
	void b1_pluralsAreRightInEnglishAndRussian() {
		ReportText en = new ReportText(Locale.ENGLISH);
		assertEquals("1 record will be inserted", en.plural("WillInsert", 1));
		assertEquals("2 records will be inserted", en.plural("WillInsert", 2));
		ReportText ru = new ReportText(Locale.forLanguageTag("ru"));
		assertEquals("будет добавлена 1 запись", ru.plural("WillInsert", 1));
		assertEquals("будут добавлены 3 записи", ru.plural("WillInsert", 3));
		assertEquals("будет добавлено 5 записей", ru.plural("WillInsert", 5));
		assertEquals("будет добавлено 11 записей", ru.plural("WillInsert", 11));
		assertEquals("будет добавлена 21 запись", ru.plural("WillInsert", 21));
		assertEquals("будут добавлены 22 записи", ru.plural("WillInsert", 22));
	}

	@Test
	void b1_csvHasByteOrderMarkWordsAndCountsAndPdfEmbedsACyrillicFont() throws Exception {
		SyncReport report = synchronizeWithConflicts();

		Path csv = dir.resolve("report.csv");
		SyncReports.export(report, csv);
		byte[] bytes = Files.readAllBytes(csv);
		assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark");
		assertEquals(0xBB, bytes[1] & 0xFF);
		assertEquals(0xBF, bytes[2] & 0xFF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertFalse(text.contains("CONFLICT_MAIN_KEPT") || text.contains(",CLAIMS,") || text.contains(f.claim1.toString()),
				"labels, not codes: " + text);
		assertTrue(text.contains("ООО «Ромашка»") && text.contains("А40-100/2024") && text.contains("Офлайн"), text);
		assertTrue(text.contains(System.getProperty("user.name")), "who synchronized: " + text);

		Path pdf = dir.resolve("report.pdf");
		SyncReports.export(report, pdf);
		String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
		assertTrue(raw.startsWith("%PDF-"), "a PDF");
		assertTrue(raw.contains("LiberationSans") && raw.contains("/FontFile2"), "the Cyrillic font is embedded");
		Files.copy(pdf, Path.of("target/sync-report-sample.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING); // to look at
	}

	@Test
	void b13_restoreWritesTheOfflineValueUnderTheRowVersionAndRecordsWhoDidIt() throws Exception {
		SyncReport report = synchronizeWithConflicts();
		int amount = entryNo(report, Kind.CONFLICT_MAIN_KEPT, "AMOUNT");
		long versionBefore = ((Number) SyncFixture.value(f.mainDb(), "SELECT VERSION FROM CLAIMS WHERE ID = ?", f.claim1)).longValue();

		SyncReport restored = f.offline.restore(report.checkoutId(), amount);

		assertEquals(0, new BigDecimal("1234567.89").compareTo(
				(BigDecimal) SyncFixture.value(f.mainDb(), "SELECT AMOUNT FROM CLAIMS WHERE ID = ?", f.claim1)));
		assertEquals(versionBefore + 1,
				((Number) SyncFixture.value(f.mainDb(), "SELECT VERSION FROM CLAIMS WHERE ID = ?", f.claim1)).longValue(),
				"a normal edit: the row version goes up");
		Entry entry = restored.entries().get(amount - 1);
		assertNotNull(entry.restoration());
		assertEquals(System.getProperty("user.name"), entry.restoration().user());
		SyncReport kept = f.offline.reports().get(0);
		assertEquals(report.checkoutId(), kept.checkoutId());
		assertNotNull(kept.entries().get(amount - 1).restoration(), "recorded in the report kept in main");
		assertNull(kept.entries().get(entryNo(report, Kind.CONFLICT_MAIN_KEPT, "PLACE") - 1).restoration());
		assertTrue(new ReportText(Locale.ENGLISH).line(amount, kept.entries().get(amount - 1)).restored().startsWith("Restored by "));

		SyncException again = assertThrows(SyncException.class, () -> f.offline.restore(report.checkoutId(), amount));
		assertEquals(SyncException.Reason.BAD_REQUEST, again.reason(), "restored already");
	}

	@Test
	void b13_valueChangedInMainAgainSinceTheSyncIsNotOverwritten() throws Exception {
		SyncReport report = synchronizeWithConflicts();
		int place = entryNo(report, Kind.CONFLICT_MAIN_KEPT, "PLACE");
		SyncFixture.exec(f.mainDb(), "UPDATE MEETINGS SET PLACE = 'Ещё раз', VERSION = VERSION + 1 WHERE ID = ?", f.meeting);
		String mainBefore = SyncFixture.dump(f.mainDb());

		SyncException changed = assertThrows(SyncException.class, () -> f.offline.restore(report.checkoutId(), place));

		assertEquals(SyncException.Reason.CHANGED_AGAIN, changed.reason());
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()), "nothing written");
		assertNull(f.offline.reports().get(0).entries().get(place - 1).restoration());
	}

	@Test
	void b13_anEntryThatIsNotALostValueIsRefused() throws Exception {
		SyncReport report = synchronizeWithConflicts();
		int deletion = entryNo(report, Kind.DELETION_NOT_TRANSFERRED, null);
		String mainBefore = SyncFixture.dump(f.mainDb());

		SyncException refused = assertThrows(SyncException.class, () -> f.offline.restore(report.checkoutId(), deletion));
		assertEquals(SyncException.Reason.BAD_REQUEST, refused.reason());
		assertEquals(SyncException.Reason.BAD_REQUEST,
				assertThrows(SyncException.class, () -> f.offline.restore(report.checkoutId(), 99)).reason());
		assertEquals(mainBefore, SyncFixture.dump(f.mainDb()));
	}

	@Test
	void b1_reportsKeptInMainAreListedNewestFirstWithWhoAndWhere() throws Exception {
		SyncReport first = synchronizeWithConflicts();
		f.goOffline();
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = 'Второй раунд' WHERE ID = ?", f.meeting);
		SyncReport second = f.offline.synchronize(new NullProgressMonitor());

		List<SyncReport> reports = f.offline.reports();

		assertEquals(List.of(second.checkoutId(), first.checkoutId()), reports.stream().map(SyncReport::checkoutId).toList());
		assertEquals(System.getProperty("user.name"), reports.get(0).user());
		assertNotNull(reports.get(0).host());
		assertEquals(1, reports.get(0).procedures().values().iterator().next().updated());
	}

	@Test
	void b1_progressNamesTablesAsTheUserKnowsThem() throws Exception {
		f.goOffline();
		SyncFixture.exec(f.offlineDb(), "UPDATE MEETINGS SET RESULT = 'Принято' WHERE ID = ?", f.meeting);
		List<String> tasks = new java.util.ArrayList<>();
		f.offline.synchronize(new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				tasks.add(name);
			}
		});
		assertTrue(tasks.stream().anyMatch(t -> t.contains(pau.model.ValueLabels.table("CORRESPONDENCE"))), tasks.toString());
		assertFalse(tasks.stream().anyMatch(t -> t.matches(".*\\b(CORRESPONDENCE|CLAIMS|MEETINGS)\\b.*")), "no codes: " + tasks);
	}
}
