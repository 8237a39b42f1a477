package pau.app.internal.editors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import pau.model.Claim;
import pau.model.ClaimQueue;
import pau.model.Correspondence;
import pau.model.Creditor;
import pau.model.DataException;
import pau.model.Document;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.model.ProcedureRecord;
import pau.model.Record;
import pau.model.RecordStore;

/**
 * The procedure editor's working copy: the procedure with its records as read, the user's pending
 * changes, and the reference data the editor offers (debtors, creditors).
 */
public final class ProcedureData {

	Procedure procedure;
	boolean isNew;
	List<Enterprise> enterprises = new ArrayList<>();
	List<Creditor> creditors = new ArrayList<>();
	/** The procedure's records by type, as read and as the user changed them. */
	private final Map<Class<?>, List<? extends ProcedureRecord>> lists = new HashMap<>();
	private final Set<ProcedureRecord> changed = new LinkedHashSet<>();
	private final List<ProcedureRecord> deleted = new ArrayList<>();

	/**
	 * The register's order: by queue as the law ranks them (first, second, third, then after the
	 * register), not by the queue's stored name, which sorts "after the register" first (issue 12).
	 */
	static final Comparator<Claim> REGISTER_ORDER = Comparator
			.comparing(Claim::getQueue, Comparator.nullsLast(Comparator.<ClaimQueue>naturalOrder()))
			.thenComparing(Claim::getFiledOn, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
			.thenComparing(c -> String.valueOf(c.getId()));

	/** Reads the procedure of the input (or takes the new one) with its records. */
	static ProcedureData read(RecordStore records, RecordInput input) {
		ProcedureData data = new ProcedureData();
		if (input.isNew()) {
			data.procedure = (Procedure) input.fresh();
			data.isNew = true;
		} else {
			data.procedure = records.find(Procedure.class, input.id())
					.orElseThrow(() -> new DataException(Messages.ProcedureEditor_gone));
			UUID id = data.procedure.getId();
			for (Class<? extends ProcedureRecord> type : records.procedureRecordTypes()) {
				data.lists.put(type, new ArrayList<>(records.ofProcedure(type, id)));
			}
			data.claims().sort(REGISTER_ORDER);
		}
		data.enterprises = new ArrayList<>(records.all(Enterprise.class));
		data.creditors = new ArrayList<>(records.all(Creditor.class));
		return data;
	}

	public Procedure procedure() {
		return procedure;
	}

	/** The procedure's records of one type, as the editor shows them. */
	@SuppressWarnings("unchecked")
	public <T extends ProcedureRecord> List<T> records(Class<T> type) {
		return (List<T>) lists.computeIfAbsent(type, t -> new ArrayList<>());
	}

	public List<Claim> claims() {
		return records(Claim.class);
	}

	public List<Correspondence> letters() {
		return records(Correspondence.class);
	}

	public List<Document> documents() {
		return records(Document.class);
	}

	/** A record was added or edited; saved with the procedure. */
	void changed(ProcedureRecord record) {
		changed.add(record);
	}

	/** A record was removed from its list; deleted from the database with the next save. */
	void deleted(ProcedureRecord record) {
		changed.remove(record);
		if (record.getVersion() > 0) {
			deleted.add(record);
		}
	}

	/** The sum of the claims per queue, in queue order. */
	public Map<ClaimQueue, BigDecimal> totals() {
		Map<ClaimQueue, BigDecimal> totals = new EnumMap<>(ClaimQueue.class);
		for (ClaimQueue queue : ClaimQueue.values()) {
			totals.put(queue, BigDecimal.ZERO);
		}
		for (Claim claim : claims()) {
			if (claim.getQueue() != null && claim.getAmount() != null) {
				totals.merge(claim.getQueue(), claim.getAmount(), BigDecimal::add);
			}
		}
		return totals;
	}

	/** The problems of every record, as user messages; nothing may be saved while there are any. */
	List<String> problems() {
		List<String> problems = new ArrayList<>(procedure.validate());
		for (ProcedureRecord record : changed) {
			record.setProcedure(procedure);
			problems.addAll(record.validate());
		}
		return problems;
	}

	/**
	 * Writes the procedure and the pending changes. Each record is saved on its own; a failure stops
	 * the save with what is saved so far kept, and the rest still pending.
	 */
	void save(RecordStore records) {
		procedure = records.save(procedure);
		isNew = false;
		Map<UUID, Creditor> savedCreditors = new HashMap<>();
		for (ProcedureRecord record : List.copyOf(changed)) {
			record.setProcedure(procedure);
			if (record instanceof Claim claim && claim.getCreditor() != null && claim.getCreditor().getVersion() == 0) {
				Creditor creditor = savedCreditors.computeIfAbsent(claim.getCreditor().getId(),
						id -> records.save(claim.getCreditor()));
				claim.setCreditor(creditor);
			}
			ProcedureRecord saved = records.save(record);
			replace(record, saved);
			changed.remove(record);
		}
		for (ProcedureRecord record : List.copyOf(deleted)) {
			records.delete(record.getClass(), record.getId());
			deleted.remove(record);
		}
		if (!savedCreditors.isEmpty()) {
			creditors = new ArrayList<>(records.all(Creditor.class));
		}
	}

	private void replace(ProcedureRecord old, ProcedureRecord saved) {
		replaceIn(records(old.getClass()), old, saved);
	}

	@SuppressWarnings("unchecked")
	private static <T extends Record> void replaceIn(List<T> list, Record old, Record saved) {
		int index = list.indexOf(old);
		if (index >= 0 && saved.getClass() == old.getClass()) {
			list.set(index, (T) saved);
		}
	}
}
