package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import pau.model.Dates;
import pau.store.DatabaseSettings;

/**
 * Issue 19: what people read instead of raw values: where a database is (the status bar names the
 * place, not the JDBC URL) and dates in the one format every screen, report and command line uses.
 */
class WordsTest {

	private static String place(String url) {
		return new DatabaseSettings(url, null, null).place();
	}

	@Test
	void statusBar_namesTheDatabaseAndItsServerNotTheUrl() {
		assertEquals("main on localhost:9092", place("jdbc:h2:tcp://localhost:9092/main"));
		assertEquals("main on office:9092", place("jdbc:h2:tcp://office:9092/~/pau/main;CIPHER=AES"));
		assertEquals("pau on db.office:5432", place("jdbc:postgresql://db.office:5432/pau?ssl=true"));
		assertEquals("file /home/u/.pau/main", place("jdbc:h2:/home/u/.pau/main;AUTO_SERVER=TRUE"));
		assertEquals("file ./main", place("jdbc:h2:file:./main"));
		assertEquals("demo in memory", place("jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1"));
	}

	@Test
	void dates_oneFormatEverywhere() {
		assertEquals("05.12.2026", Dates.of(LocalDate.of(2026, 12, 5)));
		assertEquals("05.12.2026 07:18", Dates.of(LocalDateTime.of(2026, 12, 5, 7, 18, 42, 123_456_789)));
		assertEquals(LocalDate.of(2026, 3, 12), Dates.parseDate("12.03.2026"));
		assertEquals("", Dates.of((LocalDate) null));
	}
}
