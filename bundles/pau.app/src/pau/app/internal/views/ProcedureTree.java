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
 * A snapshot of the procedures grouped by debtor, read in one go off the UI thread.
 */
public final class ProcedureTree {

	private final Map<UUID, Enterprise> enterprises = new LinkedHashMap<>();
	private final Map<UUID, List<Procedure>> procedures = new LinkedHashMap<>();
	private Map<UUID, List<OfflineService.Checkout>> checkouts = Map.of();

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
}
