package pau.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and moments as every screen, report and command line shows them: one format, the one the
 * users type dates in (dd.MM.yyyy, dd.MM.yyyy HH:mm), in the computer's time zone. ISO-8601 is only
 * for JSON.
 */
public final class Dates {

	/** The pattern of a date, as typed and shown. */
	public static final String DATE_PATTERN = "dd.MM.yyyy"; //$NON-NLS-1$
	/** The pattern of a date and time, as typed and shown. */
	public static final String DATE_TIME_PATTERN = "dd.MM.yyyy HH:mm"; //$NON-NLS-1$

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN);

	private Dates() {
	}

	/** The date, or "" for none. */
	public static String of(LocalDate date) {
		return date == null ? "" : DATE.format(date); //$NON-NLS-1$
	}

	/** The date and time, or "" for none. */
	public static String of(LocalDateTime dateTime) {
		return dateTime == null ? "" : DATE_TIME.format(dateTime); //$NON-NLS-1$
	}

	/** The moment in the computer's time zone, or "" for none. */
	public static String of(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	/** The day of the moment in the computer's time zone, or "" for none. */
	public static String dayOf(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	/** Parses a date in {@link #DATE_PATTERN}. */
	public static LocalDate parseDate(String text) {
		return LocalDate.parse(text, DATE);
	}

	/** Parses a date and time in {@link #DATE_TIME_PATTERN}. */
	public static LocalDateTime parseDateTime(String text) {
		return LocalDateTime.parse(text, DATE_TIME);
	}
}
