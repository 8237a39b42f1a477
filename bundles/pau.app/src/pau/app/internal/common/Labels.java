package pau.app.internal.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import pau.model.ClaimQueue;
import pau.model.ClaimStatus;
import pau.model.Direction;
import pau.model.ProcedureStatus;
import pau.model.ProcedureType;

/**
 * User-visible labels of the model's values (enums, dates, amounts) in the UI's language.
 */
public final class Labels {

	private Labels() {
	}

	public static String of(ProcedureType type) {
		if (type == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (type) {
		case OBSERVATION -> Messages.ProcedureType_OBSERVATION;
		case FINANCIAL_RECOVERY -> Messages.ProcedureType_FINANCIAL_RECOVERY;
		case EXTERNAL_ADMINISTRATION -> Messages.ProcedureType_EXTERNAL_ADMINISTRATION;
		case BANKRUPTCY_PROCEEDINGS -> Messages.ProcedureType_BANKRUPTCY_PROCEEDINGS;
		case DEBT_RESTRUCTURING -> Messages.ProcedureType_DEBT_RESTRUCTURING;
		case SALE_OF_ASSETS -> Messages.ProcedureType_SALE_OF_ASSETS;
		};
	}

	public static String of(ProcedureStatus status) {
		if (status == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (status) {
		case ACTIVE -> Messages.ProcedureStatus_ACTIVE;
		case SUSPENDED -> Messages.ProcedureStatus_SUSPENDED;
		case COMPLETED -> Messages.ProcedureStatus_COMPLETED;
		case TERMINATED -> Messages.ProcedureStatus_TERMINATED;
		};
	}

	public static String of(ClaimQueue queue) {
		if (queue == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (queue) {
		case FIRST -> Messages.ClaimQueue_FIRST;
		case SECOND -> Messages.ClaimQueue_SECOND;
		case THIRD -> Messages.ClaimQueue_THIRD;
		case AFTER_REGISTER -> Messages.ClaimQueue_AFTER_REGISTER;
		};
	}

	public static String of(ClaimStatus status) {
		if (status == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (status) {
		case FILED -> Messages.ClaimStatus_FILED;
		case INCLUDED -> Messages.ClaimStatus_INCLUDED;
		case REJECTED -> Messages.ClaimStatus_REJECTED;
		case SATISFIED -> Messages.ClaimStatus_SATISFIED;
		};
	}

	public static String of(Direction direction) {
		if (direction == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (direction) {
		case IN -> Messages.Direction_IN;
		case OUT -> Messages.Direction_OUT;
		};
	}

	/** Any enum value of the model, for generic combo boxes. */
	public static String ofAny(Object value) {
		if (value instanceof ProcedureType v) {
			return of(v);
		}
		if (value instanceof ProcedureStatus v) {
			return of(v);
		}
		if (value instanceof ClaimQueue v) {
			return of(v);
		}
		if (value instanceof ClaimStatus v) {
			return of(v);
		}
		if (value instanceof Direction v) {
			return of(v);
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	private static DateTimeFormatter dateFormat() {
		return DateTimeFormatter.ofPattern(Messages.Format_date);
	}

	private static DateTimeFormatter dateTimeFormat() {
		return DateTimeFormatter.ofPattern(Messages.Format_dateTime);
	}

	public static String date(LocalDate date) {
		return date == null ? "" : dateFormat().format(date); //$NON-NLS-1$
	}

	public static String dateTime(LocalDateTime dateTime) {
		return dateTime == null ? "" : dateTimeFormat().format(dateTime); //$NON-NLS-1$
	}

	/** Parses a date as the user types it; empty text is no date. */
	public static LocalDate parseDate(String text) throws IllegalArgumentException {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim(), dateFormat());
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
			return LocalDateTime.parse(text.trim(), dateTimeFormat());
		} catch (DateTimeParseException e) {
			try {
				return LocalDate.parse(text.trim(), dateFormat()).atStartOfDay();
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
