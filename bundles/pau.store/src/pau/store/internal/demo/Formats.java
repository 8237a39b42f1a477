package pau.store.internal.demo;

import java.time.LocalDate;

/**
 * The demo's fixed "today" and Russian number and date formats, written out by hand so that the output never
 * depends on the default locale.
 */
public final class Formats {

	/** The fixed "today" of the demo data; generation never looks at the clock. */
	public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private static final String[] MONTHS = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
			"августа", "сентября", "октября", "ноября", "декабря" };

	private Formats() {
	}

	/** {@code 14.05.2024}. */
	public static String date(LocalDate date) {
		return pad2(date.getDayOfMonth()) + '.' + pad2(date.getMonthValue()) + '.' + date.getYear();
	}

	/** {@code 14 мая 2024 г.}, as in the heading of a formal document. */
	public static String longDate(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + ' ' + date.getYear() + " г.";
	}

	/** Kopecks as roubles with grouped thousands: {@code 1 234 567,89}. */
	public static String money(long kopecks) {
		String roubles = Long.toString(kopecks / 100);
		StringBuilder text = new StringBuilder(roubles.length() + 8);
		for (int i = 0; i < roubles.length(); i++) {
			if (i > 0 && (roubles.length() - i) % 3 == 0) {
				text.append(' ');
			}
			text.append(roubles.charAt(i));
		}
		return text.append(',').append(pad2((int) (kopecks % 100))).toString();
	}

	/** Hundredths as a decimal with a comma: {@code 71,35}. */
	public static String hundredths(int hundredths) {
		return hundredths / 100 + "," + pad2(hundredths % 100);
	}

	/** Two digits with a leading zero. */
	public static String pad2(int value) {
		return value < 10 ? "0" + value : Integer.toString(value);
	}
}
