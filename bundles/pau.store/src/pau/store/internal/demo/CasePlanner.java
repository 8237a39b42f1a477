package pau.store.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans bankruptcy cases: which debtor, which procedures in which order, their case number, dates and status.
 * The first six cases cover every procedure type, so any demo of six or more procedures shows all of them.
 */
public final class CasePlanner {

	private static final ProcedureKind[] COVERAGE = { ProcedureKind.OBSERVATION, ProcedureKind.DEBT_RESTRUCTURING,
			ProcedureKind.BANKRUPTCY_PROCEEDINGS, ProcedureKind.SALE_OF_ASSETS, ProcedureKind.FINANCIAL_RECOVERY,
			ProcedureKind.EXTERNAL_ADMINISTRATION };

	private final DemoRandom random;
	private int cases;

	/** A planner drawing from the given source. */
	public CasePlanner(DemoRandom random) {
		this.random = random;
	}

	/** Plans the next case: creates its debtor and one or two procedures, at most {@code room}. */
	public List<PlannedProcedure> next(int room) {
		ProcedureKind forced = cases < COVERAGE.length ? COVERAGE[cases] : null;
		cases++;
		// Keep room for the types still to be covered, so that six procedures already show all of them.
		int stillToCover = Math.max(0, COVERAGE.length - cases);
		Debtor.Kind debtorKind = debtorKind(forced);
		Debtor debtor = Debtor.create(random, debtorKind);
		return dates(debtor, kinds(debtorKind, forced, room - stillToCover));
	}

	private Debtor.Kind debtorKind(ProcedureKind forced) {
		if (forced != null) {
			return !forced.forPersons() ? Debtor.Kind.COMPANY
					: random.chance(0.3) ? Debtor.Kind.ENTREPRENEUR : Debtor.Kind.CITIZEN;
		}
		int roll = random.below(100);
		return roll < 50 ? Debtor.Kind.COMPANY : roll < 62 ? Debtor.Kind.ENTREPRENEUR : Debtor.Kind.CITIZEN;
	}

	/** The procedures of the case in order; often the last one was preceded by observation or restructuring. */
	private List<ProcedureKind> kinds(Debtor.Kind debtorKind, ProcedureKind forced, int room) {
		ProcedureKind main = forced;
		ProcedureKind before = null;
		if (debtorKind.isPerson()) {
			if (main == null) {
				main = random.chance(0.4) ? ProcedureKind.DEBT_RESTRUCTURING : ProcedureKind.SALE_OF_ASSETS;
			}
			if (main == ProcedureKind.SALE_OF_ASSETS && random.chance(0.4)) {
				before = ProcedureKind.DEBT_RESTRUCTURING;
			}
		} else {
			if (main == null) {
				int roll = random.below(100);
				main = roll < 28 ? ProcedureKind.OBSERVATION
						: roll < 78 ? ProcedureKind.BANKRUPTCY_PROCEEDINGS
								: roll < 88 ? ProcedureKind.FINANCIAL_RECOVERY : ProcedureKind.EXTERNAL_ADMINISTRATION;
			}
			if (main != ProcedureKind.OBSERVATION && random.chance(0.45)) {
				before = ProcedureKind.OBSERVATION;
			}
		}
		return before != null && room >= 2 ? List.of(before, main) : List.of(main);
	}

	/**
	 * Dates are planned backwards from the demo's "today": the last procedure is running or ended recently,
	 * an earlier one ended on the day the next began (the court's ruling opens the next procedure).
	 */
	private List<PlannedProcedure> dates(Debtor debtor, List<ProcedureKind> kinds) {
		int roll = random.below(100);
		String status = roll < 72 ? "ACTIVE" : roll < 78 ? "SUSPENDED" : roll < 93 ? "COMPLETED" : "TERMINATED";
		int count = kinds.size();
		LocalDate[] starts = new LocalDate[count];
		LocalDate[] ends = new LocalDate[count];
		ProcedureKind last = kinds.get(count - 1);
		int days = random.between(last.minDays, last.maxDays);
		if (status.equals("ACTIVE") || status.equals("SUSPENDED")) {
			starts[count - 1] = DemoRandom.workday(Formats.TODAY.minusDays(random.between(15, days)));
		} else {
			if (status.equals("TERMINATED")) {
				days = days * random.between(20, 80) / 100; // ended early: settlement or debts paid off
			}
			ends[count - 1] = DemoRandom.workday(Formats.TODAY.minusDays(random.between(0, 1000)));
			starts[count - 1] = DemoRandom.workday(ends[count - 1].minusDays(days));
		}
		for (int i = count - 2; i >= 0; i--) {
			ProcedureKind kind = kinds.get(i);
			ends[i] = starts[i + 1];
			starts[i] = DemoRandom.workday(ends[i].minusDays(random.between(kind.minDays, kind.maxDays)));
			if (starts[i].isAfter(ends[i])) {
				starts[i] = ends[i];
			}
		}
		LocalDate filed = starts[0].minusDays(random.between(20, 150));
		Region region = debtor.region();
		String caseNumber = region.courtCode() + '-' + random.between(1000, caseNumbers(region)) + '/' + filed.getYear();
		PersonNames.Name manager = PersonNames.person(random);
		List<PlannedProcedure> procedures = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			if (i > 0 && random.chance(0.2)) {
				manager = PersonNames.person(random); // creditors chose another manager for the next procedure
			}
			procedures.add(new PlannedProcedure(random.uuid(), debtor, kinds.get(i), caseNumber, starts[i], ends[i],
					i < count - 1 ? "COMPLETED" : status, manager));
		}
		return procedures;
	}

	/** Busy courts number their cases higher. */
	private static int caseNumbers(Region region) {
		return switch (region.courtCode()) {
		case "А40" -> 340_000;
		case "А41" -> 140_000;
		case "А56" -> 130_000;
		default -> 60_000;
		};
	}
}
