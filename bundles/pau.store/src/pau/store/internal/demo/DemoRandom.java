package pau.store.internal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The single source of randomness of a demo run. Everything (ids included) is drawn from one seeded
 * {@link Random} in a fixed order, so the same seed yields byte-identical data.
 */
public final class DemoRandom {

	private final Random random;

	/** A source seeded with the given seed. */
	public DemoRandom(long seed) {
		this.random = new Random(seed);
	}

	/** A version-4 UUID made from the seeded stream (never {@link UUID#randomUUID()}). */
	public UUID uuid() {
		long high = random.nextLong();
		long low = random.nextLong();
		high = (high & ~0xF000L) | 0x4000L;
		low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}

	/** A seed for a derived generator (document text), so that text can be regenerated identically. */
	public long seed() {
		return random.nextLong();
	}

	/** Uniform in [0, bound). */
	public int below(int bound) {
		return random.nextInt(bound);
	}

	/** Uniform in [low, high], both inclusive. */
	public int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	/** True with the given probability. */
	public boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** Uniform in [0, 1). */
	public double fraction() {
		return random.nextDouble();
	}

	/** A value spread evenly over orders of magnitude between low and high; amounts look natural that way. */
	public long logUniform(long low, long high) {
		double value = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
		return Math.max(low, Math.min(high, Math.round(value)));
	}

	/** One element of the array. */
	@SafeVarargs
	public final <T> T pick(T... items) {
		return items[random.nextInt(items.length)];
	}

	/** One element of the list. */
	public <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** A string of random decimal digits. */
	public String digits(int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}

	/** A date uniformly between the two dates, both inclusive; the first if the range is empty. */
	public LocalDate dateBetween(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		return days <= 0 ? from : from.plusDays(random.nextInt((int) Math.min(days, Integer.MAX_VALUE - 1) + 1));
	}

	/**
	 * The given date, moved forward to a working day: past the New Year holidays (1 to 8 January) and weekends,
	 * as courts and meetings keep office days.
	 */
	public static LocalDate workday(LocalDate date) {
		if (date.getMonthValue() == 1 && date.getDayOfMonth() <= 8) {
			date = date.withDayOfMonth(9);
		}
		return switch (date.getDayOfWeek()) {
		case SATURDAY -> date.plusDays(2);
		case SUNDAY -> date.plusDays(1);
		default -> date;
		};
	}
}
