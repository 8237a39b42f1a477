package pau.store.internal.demo;

/**
 * The six bankruptcy procedures; {@link #name()} is the value stored in {@code PROCEDURES.TYPE}. Carries the
 * Russian wording the generated texts need and a typical duration.
 */
public enum ProcedureKind {
	OBSERVATION("временный управляющий", "временного управляющего", "временным управляющим", "ВУ", "наблюдения", 90,
			210),
	FINANCIAL_RECOVERY("административный управляющий", "административного управляющего",
			"административным управляющим", "АУ", "финансового оздоровления", 180, 720),
	EXTERNAL_ADMINISTRATION("внешний управляющий", "внешнего управляющего", "внешним управляющим", "ВнУ",
			"внешнего управления", 180, 540),
	BANKRUPTCY_PROCEEDINGS("конкурсный управляющий", "конкурсного управляющего", "конкурсным управляющим", "КУ",
			"конкурсного производства", 180, 900),
	DEBT_RESTRUCTURING("финансовый управляющий", "финансового управляющего", "финансовым управляющим", "ФУ",
			"реструктуризации долгов гражданина", 120, 300),
	SALE_OF_ASSETS("финансовый управляющий", "финансового управляющего", "финансовым управляющим", "ФУ",
			"реализации имущества гражданина", 180, 540);

	/** The manager's title, e.g. «конкурсный управляющий». */
	public final String manager;
	/** The manager's title in the genitive case, e.g. «конкурсного управляющего». */
	public final String managerOf;
	/** The manager's title in the instrumental case, e.g. «конкурсным управляющим». */
	public final String managerBy;
	/** Abbreviation used in outgoing letter numbers, e.g. «КУ». */
	public final String abbreviation;
	/** The procedure in the genitive case, as in «процедура конкурсного производства». */
	public final String procedureOf;
	/** Shortest and longest typical duration in days. */
	public final int minDays;
	/** Longest typical duration in days (courts extend procedures often). */
	public final int maxDays;

	ProcedureKind(String manager, String managerOf, String managerBy, String abbreviation, String procedureOf,
			int minDays, int maxDays) {
		this.manager = manager;
		this.managerOf = managerOf;
		this.managerBy = managerBy;
		this.abbreviation = abbreviation;
		this.procedureOf = procedureOf;
		this.minDays = minDays;
		this.maxDays = maxDays;
	}

	/** Whether the procedure applies to natural persons (citizens and entrepreneurs) rather than companies. */
	public boolean forPersons() {
		return this == DEBT_RESTRUCTURING || this == SALE_OF_ASSETS;
	}

	/** The manager's title with a capital letter, for headings and signatures. */
	public String managerTitle() {
		return Character.toUpperCase(manager.charAt(0)) + manager.substring(1);
	}
}
