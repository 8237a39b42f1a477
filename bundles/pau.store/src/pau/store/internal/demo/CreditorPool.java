package pau.store.internal.demo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shared creditors: banks, tax authorities, suppliers, microfinance lenders and private persons. Created
 * once and reused by all procedures, as in a real register where the same bank appears in many cases. Tax
 * authorities are added on first use, one per region.
 */
public final class CreditorPool {

	/** What sort of creditor; decides the claims' queue, amount and basis. */
	public enum Kind {
		BANK, TAX, SUPPLIER, LENDER, PERSON
	}

	/** A creditor row. */
	public record Creditor(UUID id, String name, Kind kind) {
	}

	/** Real banks with their real INNs: the names users expect to see in a register. */
	private static final String[][] BANKS = { { "ПАО «Сбербанк России»", "7707083893" },
			{ "Банк ВТБ (ПАО)", "7702070139" }, { "АО «Альфа-Банк»", "7728168971" },
			{ "АО «Россельхозбанк»", "7725114488" }, { "ПАО «Совкомбанк»", "4401116480" },
			{ "Банк ГПБ (АО)", "7744001497" }, { "ПАО «Промсвязьбанк»", "7744000912" },
			{ "АО «ТБанк»", "7710140679" }, { "АО «Райффайзенбанк»", "7744000302" },
			{ "ПАО «Московский кредитный банк»", "7734202860" }, { "ПАО «МТС-Банк»", "7702045051" },
			{ "АО «Почта Банк»", "3232005484" }, { "ПАО «Банк «Санкт-Петербург»", "7831000122" },
			{ "ПАО «Росбанк»", "7730060164" }, { "ПАО «Банк Уралсиб»", "0274062111" },
			{ "АО «ЮниКредит Банк»", "7710030411" } };

	private static final String[] LENDER_FORMS = { "ООО МФК", "ООО МКК", "ООО ПКО" };

	private static final String[] LENDER_NAMES = { "Быстрые деньги", "Займ Онлайн", "Кредит Сити",
			"Деньги до зарплаты", "Финансовая поддержка", "Срочный займ", "Центр займов", "Надёжный займ",
			"Капитал Финанс", "Народная касса", "Долговой центр", "Агентство возврата долгов", "Мани Мен",
			"Экспресс Кредит" };

	private final DemoRandom random;
	private final DemoWriter writer;
	private final Map<Kind, List<Creditor>> byKind = new EnumMap<>(Kind.class);
	private final Map<Region, Creditor> taxAuthorities = new HashMap<>();

	private CreditorPool(DemoRandom random, DemoWriter writer) {
		this.random = random;
		this.writer = writer;
		for (Kind kind : Kind.values()) {
			byKind.put(kind, new ArrayList<>());
		}
	}

	/**
	 * Creates and inserts about {@code size} creditors (plus tax authorities later, on demand), committing in
	 * chunks so that a large pool does not become one huge transaction.
	 */
	public static CreditorPool create(DemoRandom random, DemoWriter writer, int size) throws SQLException {
		CreditorPool pool = new CreditorPool(random, writer);
		int banks = Math.min(BANKS.length, Math.max(4, size / 10));
		int lenders = Math.max(2, size / 12);
		int persons = size / 4;
		int suppliers = Math.max(1, size - banks - lenders - persons);
		for (int i = 0; i < banks; i++) {
			pool.add(BANKS[i][0], BANKS[i][1], Kind.BANK);
		}
		for (int i = 0; i < suppliers; i++) {
			Region region = Region.pick(random);
			pool.add(OrganisationNames.supplier(random), TaxNumbers.inn10(random, region), Kind.SUPPLIER);
			pool.flushEvery(500);
		}
		for (int i = 0; i < lenders; i++) {
			Region region = Region.pick(random);
			pool.add(random.pick(LENDER_FORMS) + " «" + random.pick(LENDER_NAMES) + "»",
					TaxNumbers.inn10(random, region), Kind.LENDER);
			pool.flushEvery(500);
		}
		for (int i = 0; i < persons; i++) {
			Region region = Region.pick(random);
			String name = PersonNames.person(random).full();
			// Private creditors rarely give their INN in a claim.
			pool.add(name, random.chance(0.6) ? TaxNumbers.inn12(random, region) : null, Kind.PERSON);
			pool.flushEvery(500);
		}
		writer.commit();
		return pool;
	}

	/** A random creditor of the kind (never a tax authority: those depend on the region). */
	public Creditor pick(Kind kind) {
		List<Creditor> creditors = byKind.get(kind);
		if (creditors.isEmpty()) {
			return random.pick(byKind.get(Kind.SUPPLIER));
		}
		return random.pick(creditors);
	}

	/**
	 * The tax authority of the region, inserted into the current batch on first use (it is then committed with
	 * the procedure that needed it).
	 */
	public Creditor taxAuthority(Region region) throws SQLException {
		Creditor creditor = taxAuthorities.get(region);
		if (creditor == null) {
			creditor = add(region.taxAuthority(), TaxNumbers.inn10(random, region), Kind.TAX);
			taxAuthorities.put(region, creditor);
		}
		return creditor;
	}

	private Creditor add(String name, String inn, Kind kind) throws SQLException {
		Creditor creditor = new Creditor(random.uuid(), name, kind);
		writer.creditor(creditor.id(), name, inn);
		byKind.get(kind).add(creditor);
		return creditor;
	}

	private void flushEvery(int rows) throws SQLException {
		if (writer.pending() >= rows) {
			writer.commit();
		}
	}
}
