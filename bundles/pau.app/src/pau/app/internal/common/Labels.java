package pau.app.internal.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import pau.model.Dates;
import pau.model.ValueLabels;


/**
 * User-visible labels of the model's values (enums, dates, amounts) in the UI's language.
 */
public final class Labels {

	private Labels() {
	}

	/** The name of a value of the model (a procedure type, a claim queue, ...). */
	public static String of(Enum<?> value) {
		return ValueLabels.of(value);
	}

	/** Any value of the model, for generic combo boxes. */
	public static String ofAny(Object value) {
		if (value instanceof Enum<?> e) {
			return ValueLabels.of(e);
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	public static String date(LocalDate date) {
		return Dates.of(date);
	}

	public static String dateTime(LocalDateTime dateTime) {
		return Dates.of(dateTime);
	}

	/** Parses a date as the user types it; empty text is no date. */
	public static LocalDate parseDate(String text) throws IllegalArgumentException {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Dates.parseDate(text.trim());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(Messages.bind(Messages.Format_badDate, text.trim(), Messages.Format_datePattern), e);
		}
	}

	/** Parses a date and time; a date alone means midnight. */
	public static LocalDateTime parseDateTime(String text) throws IllegalArgumentException {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Dates.parseDateTime(text.trim());
		} catch (DateTimeParseException e) {
			try {
				return Dates.parseDate(text.trim()).atStartOfDay();
			} catch (DateTimeParseException e2) {
				throw new IllegalArgumentException(
						Messages.bind(Messages.Format_badDateTime, text.trim(), Messages.Format_dateTimePattern), e2);
			}
		}
	}

	private static DecimalFormat moneyFormat() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.getDefault());
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols); //$NON-NLS-1$
		format.setParseBigDecimal(true);
		return format;
	}

	public static String money(BigDecimal amount) {
		return amount == null ? "" : moneyFormat().format(amount); //$NON-NLS-1$
	}

	/** Parses an amount that may be left empty: empty text is no amount. */
	public static BigDecimal parseOptionalMoney(String text) throws IllegalArgumentException {
		return text == null || text.isBlank() ? null : parseMoney(text);
	}

	/** Parses an amount; accepts both the locale's and a plain decimal point, and spaces between groups. */
	public static BigDecimal parseMoney(String text) throws IllegalArgumentException {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(Messages.Format_amountRequired);
		}
		String plain = text.trim().replace("\u00a0", "").replace("\u202f", "").replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		try {
			return new BigDecimal(plain.replace(',', '.'));
		} catch (NumberFormatException e) {
			try {
				return (BigDecimal) moneyFormat().parse(plain);
			} catch (ParseException e2) {
				throw new IllegalArgumentException(Messages.bind(Messages.Format_badAmount, text.trim()), e2);
			}
		}
	}
}
