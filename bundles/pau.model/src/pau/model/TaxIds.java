package pau.model;

/**
 * Check digits of Russian tax and registration numbers: INN (10 digits for organisations, 12 for
 * individuals), OGRN (13 digits) and OGRNIP (15 digits).
 */
public final class TaxIds {

	private static final int[] INN10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
	private static final int[] INN12_11 = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
	private static final int[] INN12_12 = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private TaxIds() {
	}

	/** Whether the text is a valid 10- or 12-digit INN. */
	public static boolean isValidInn(String inn) {
		if (inn == null || !inn.chars().allMatch(Character::isDigit)) {
			return false;
		}
		if (inn.length() == 10) {
			return checkDigit(inn, INN10) == digit(inn, 9);
		}
		if (inn.length() == 12) {
			return checkDigit(inn, INN12_11) == digit(inn, 10) && checkDigit(inn, INN12_12) == digit(inn, 11);
		}
		return false;
	}

	/** Whether the text is a valid OGRN (13 digits) or OGRNIP (15 digits). */
	public static boolean isValidOgrn(String ogrn) {
		if (ogrn == null || !ogrn.chars().allMatch(Character::isDigit)) {
			return false;
		}
		if (ogrn.length() == 13) {
			return ogrnCheckDigit(ogrn.substring(0, 12), 11) == digit(ogrn, 12);
		}
		if (ogrn.length() == 15) {
			return ogrnCheckDigit(ogrn.substring(0, 14), 13) == digit(ogrn, 14);
		}
		return false;
	}

	/** Completes 9 digits to a valid 10-digit INN of an organisation. */
	public static String completeInn10(String nineDigits) {
		return nineDigits + checkDigit(nineDigits + "0", INN10); //$NON-NLS-1$
	}

	/** Completes 10 digits to a valid 12-digit INN of an individual. */
	public static String completeInn12(String tenDigits) {
		String eleven = tenDigits + checkDigit(tenDigits + "00", INN12_11); //$NON-NLS-1$
		return eleven + checkDigit(eleven + "0", INN12_12); //$NON-NLS-1$
	}

	/** Completes 12 digits to a valid OGRN, or 14 digits to a valid OGRNIP. */
	public static String completeOgrn(String digits) {
		return digits + ogrnCheckDigit(digits, digits.length() == 12 ? 11 : 13);
	}

	private static int checkDigit(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * digit(digits, i);
		}
		return sum % 11 % 10;
	}

	private static int ogrnCheckDigit(String number, int modulus) {
		return (int) (new java.math.BigInteger(number).mod(java.math.BigInteger.valueOf(modulus)).intValue() % 10);
	}

	private static int digit(String text, int index) {
		return text.charAt(index) - '0';
	}
}
