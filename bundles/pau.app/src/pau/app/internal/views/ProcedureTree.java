package pau.app.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import pau.model.Enterprise;
import pau.model.Procedure;
import pau.model.RecordStore;
import pau.sync.OfflineService;

/**
 * A snapshot of the procedures grouped by debtor, read in one go off the UI thread, and the part of it
 * the filter shows ({@link #filter}).
 */
public final class ProcedureTree {

	private final Map<UUID, Enterprise> enterprises = new LinkedHashMap<>();
	private final Map<UUID, List<Procedure>> procedures = new LinkedHashMap<>();
	private Map<UUID, List<OfflineService.Checkout>> checkouts = Map.of();
	/** The debtors shown, and their procedures shown: all of them until a filter is set. */
	private List<Enterprise> shown;
	private Map<UUID, List<Procedure>> shownProcedures = procedures;
	private ProcedureFilter filter = new ProcedureFilter(""); //$NON-NLS-1$
	/** What the filter looks into, debtor by debtor in the tree's order: made once ({@link #prepareFilter}). */
	private List<Searched> searched;

	/** A debtor, its procedures, and the texts the filter looks into for each. */
	private record Searched(Enterprise enterprise, String text, List<Procedure> procedures, String[] texts) {
	}

	/** Reads the enterprises (also those without procedures) and their procedures. */
	public static ProcedureTree read(RecordStore records) {
		ProcedureTree tree = new ProcedureTree();
		for (Enterprise enterprise : records.all(Enterprise.class)) {
			tree.enterprises.put(enterprise.getId(), enterprise);
			tree.procedures.put(enterprise.getId(), new ArrayList<>());
		}
		for (Procedure procedure : records.all(Procedure.class)) {
			Enterprise enterprise = procedure.getEnterprise();
			tree.enterprises.putIfAbsent(enterprise.getId(), enterprise);
			tree.procedures.computeIfAbsent(enterprise.getId(), id -> new ArrayList<>()).add(procedure);
		}
		return tree;
	}

	/** B14: the same, with who has which procedure offline (main mode; empty offline). */
	public static ProcedureTree read(RecordStore records, Map<UUID, List<OfflineService.Checkout>> checkouts) {
		ProcedureTree tree = read(records);
		tree.checkouts = Map.copyOf(checkouts);
		return tree;
	}

	/** The open checkouts of the procedure in main: who has it offline since when (B14). */
	public List<OfflineService.Checkout> checkoutsOf(Procedure procedure) {
		return checkouts.getOrDefault(procedure.getId(), List.of());
	}

	/** An empty tree, shown when the database cannot be read. */
	public static ProcedureTree empty() {
		return new ProcedureTree();
	}

	public Object[] enterprises() {
		return enterprises.values().toArray();
	}

	public Object[] proceduresOf(Enterprise enterprise) {
		return procedures.getOrDefault(enterprise.getId(), List.of()).toArray();
	}

	public boolean hasProcedures(Enterprise enterprise) {
		return !procedures.getOrDefault(enterprise.getId(), List.of()).isEmpty();
	}

	/** The number of procedures in the tree. */
	public int procedureCount() {
		return procedures.values().stream().mapToInt(List::size).sum();
	}

	/** Shows only what matches the text (see {@link ProcedureFilter}); an empty text shows all. */
	void filter(String text) {
		show(match(text));
	}

	/**
	 * What the filter shows for the text, worked out without changing what is shown: a job may call it
	 * off the UI thread while the tree is drawn, and {@link #show} hands the result over on the UI thread.
	 */
	Matched match(String text) {
		ProcedureFilter matching = new ProcedureFilter(text);
		if (!matching.isActive()) {
			return new Matched(matching, null, procedures);
		}
		List<Enterprise> debtors = new ArrayList<>();
		Map<UUID, List<Procedure>> theirs = new java.util.HashMap<>();
		for (Searched debtor : searched()) {
			boolean named = matching.matches(debtor.text());
			List<Procedure> matches = named ? debtor.procedures() : new ArrayList<>();
			for (int i = 0; !named && i < debtor.texts().length; i++) {
				if (matching.matches(debtor.texts()[i])) {
					matches.add(debtor.procedures().get(i));
				}
			}
			if (named || !matches.isEmpty()) {
				debtors.add(debtor.enterprise());
				theirs.put(debtor.enterprise().getId(), matches);
			}
		}
		return new Matched(matching, debtors, theirs);
	}

	/** Shows what {@link #match} worked out. */
	void show(Matched matched) {
		filter = matched.filter();
		shown = matched.debtors();
		shownProcedures = matched.procedures();
	}

	/** The debtors a filter shows (null: all) and their procedures it shows. */
	record Matched(ProcedureFilter filter, List<Enterprise> debtors, Map<UUID, List<Procedure>> procedures) {
	}

	/**
	 * Makes what the filter looks into, once: off the UI thread, by the job that read the tree, so that
	 * the first key typed does not wait for 36,000 rows' texts.
	 */
	void prepareFilter() {
		searched();
	}

	/** What the filter looks into, made at the first call; any thread. */
	private synchronized List<Searched> searched() {
		if (searched != null) {
			return searched;
		}
		List<Searched> all = new ArrayList<>(enterprises.size());
		for (Enterprise enterprise : enterprises.values()) {
			List<Procedure> theirs = procedures.getOrDefault(enterprise.getId(), List.of());
			all.add(new Searched(enterprise, ProcedureFilter.searchText(enterprise), theirs,
					theirs.stream().map(ProcedureFilter::searchText).toArray(String[]::new)));
		}
		searched = all;
		return all;
	}

	/** Whether a filter narrows the tree down. */
	boolean filtered() {
		return filter.isActive();
	}

	/** The debtors shown, in order. */
	List<Enterprise> shownEnterprises() {
		if (shown == null) {
			shown = List.copyOf(enterprises.values());
		}
		return shown;
	}

	/** The debtor's procedures shown, in order. */
	List<Procedure> shownProceduresOf(Enterprise enterprise) {
		return shownProcedures.getOrDefault(enterprise.getId(), List.of());
	}

	/** The number of procedures shown. */
	int shownProcedureCount() {
		return shownProcedures.values().stream().mapToInt(List::size).sum();
	}

	/** The tree's own object of the procedure's debtor (the viewer finds rows by it). */
	Enterprise enterpriseOf(Procedure procedure) {
		Enterprise enterprise = procedure.getEnterprise();
		return enterprise == null ? null : enterprises.getOrDefault(enterprise.getId(), enterprise);
	}
}
