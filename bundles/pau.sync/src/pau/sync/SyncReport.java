package pau.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every decision a synchronization made (B1), or would make (preview, B2).
 */
public final class SyncReport {

	/** Kinds of decision. */
	public enum Kind {
		/** A field changed in both databases: main's value was kept, the offline value lost (M1). */
		CONFLICT_MAIN_KEPT,
		/** A record main deleted was brought back because something created offline needs it (M2). */
		RESTORED,
		/** An offline procedure's records were attached to the same procedure created in main (M4). */
		ATTACHED,
		/** A record deleted offline was not deleted in main (M5). */
		DELETION_NOT_TRANSFERRED,
		/** An offline edit to a record main deleted; nothing new needs it, so it stays deleted. */
		EDIT_OF_DELETED_NOT_APPLIED
	}

	/**
	 * One decision.
	 *
	 * @param kind what was decided
	 * @param table table of the record
	 * @param recordId id of the record
	 * @param record a readable name of the record
	 * @param field the field (conflicts only)
	 * @param offlineValue the offline value (conflicts only)
	 * @param mainValue main's value, kept (conflicts), or the id attached to (attach)
	 */
	public record Entry(Kind kind, String table, UUID recordId, String record, String field, String offlineValue,
			String mainValue, Subject subject, Restoration restoration) {

		/** An entry without its subject (reports of earlier releases) and not restored. */
		public Entry(Kind kind, String table, UUID recordId, String record, String field, String offlineValue,
				String mainValue) {
			this(kind, table, recordId, record, field, offlineValue, mainValue, null, null);
		}

		/** The same entry, restored (B13). */
		public Entry restored(Restoration by) {
			return new Entry(kind, table, recordId, record, field, offlineValue, mainValue, subject, by);
		}

		/**
		 * Whether this is an offline value that lost to main and can be written back (B13): a field
		 * conflict on one column, not a column group (a document's content is not kept after the
		 * synchronization), not restored yet.
		 */
		public boolean restorable() {
			return kind == Kind.CONFLICT_MAIN_KEPT && field != null && restoration == null
					&& (subject == null || !Subject.GROUP.equals(subject.valueType()));
		}
	}

	/**
	 * What an entry is about in the user's terms (B1), taken while planning: the procedure it belongs
	 * to, the values that describe the record (a claim's creditor and amount, a meeting's date), each
	 * as {@link Fact}, and the type of the field's values.
	 *
	 * @param procedureId the procedure, or null for records of no procedure (debtors, creditors)
	 * @param debtor the procedure's debtor
	 * @param caseNumber the procedure's case number
	 * @param facts the record's describing values, as declared in the sync schema ({@code describe.*})
	 * @param valueType the type of the field's values: {@code text}, {@code decimal}, {@code date},
	 *            {@code timestamp}, {@code number}, {@code boolean}, {@code reference}, {@link #GROUP}, or
	 *            {@code enum:<Name>} for a text column holding an enum's constants
	 * @param offlineName for a reference field: the name of the row the offline value references
	 * @param mainName for a reference field: the name of the row main's value references
	 */
	public record Subject(UUID procedureId, String debtor, String caseNumber, List<Fact> facts, String valueType,
			String offlineName, String mainName) {
		/** The value type of a column group (a document's content). */
		public static final String GROUP = "group"; //$NON-NLS-1$
	}

	/** One describing value of a record: its type (as {@link Subject#valueType()}) and its text. */
	public record Fact(String type, String value) {
	}

	/** Who restored a lost offline value into main, from which computer, and when (B13). */
	public record Restoration(String user, String host, Instant at) {
	}

	/** A procedure the synchronization touched: its debtor and case number, records inserted and updated. */
	public record ProcedureCounts(String debtor, String caseNumber, int inserted, int updated) {
	}

	private final UUID checkoutId;
	private final boolean preview;
	private Instant finishedAt;
	private final List<Entry> entries = new ArrayList<>();
	private final Map<String, Integer> inserted = new LinkedHashMap<>();
	private final Map<String, Integer> updated = new LinkedHashMap<>();
	private final Map<UUID, ProcedureCounts> procedures = new LinkedHashMap<>();
	private String user;
	private String host;
	private boolean stayedOffline;
	private long[] documentBytes = { 0, 0 };
	private Map<String, Integer> arrived = new LinkedHashMap<>();

	public SyncReport(UUID checkoutId, boolean preview) {
		this.checkoutId = checkoutId;
		this.preview = preview;
	}

	public UUID checkoutId() {
		return checkoutId;
	}

	/** Whether this is a preview: nothing was changed. */
	public boolean isPreview() {
		return preview;
	}

	public Instant finishedAt() {
		return finishedAt;
	}

	/** Whether the lawyer stayed offline after this synchronization (issue 20, sync --stay-offline). */
	public boolean stayedOffline() {
		return stayedOffline;
	}

	public void setStayedOffline(boolean stayedOffline) {
		this.stayedOffline = stayedOffline;
	}

	/**
	 * After a synchronization that stayed offline: the records the refreshed copy holds that the old one
	 * did not (created in main by colleagues), by table. Not kept in main: the copy is the workspace's.
	 */
	public Map<String, Integer> arrived() {
		return arrived;
	}

	/**
	 * After a synchronization that stayed offline: the bytes of document content the new copy took
	 * from main, and those it took from the old copy because it held the same content (B15).
	 */
	public long[] documentBytes() {
		return documentBytes.clone();
	}

	public void setDocumentBytes(long fromMain, long reused) {
		documentBytes = new long[] { fromMain, reused };
	}

	public int totalArrived() {
		return arrived.values().stream().mapToInt(Integer::intValue).sum();
	}

	public void setFinishedAt(Instant finishedAt) {
		this.finishedAt = finishedAt;
	}

	/** Who synchronized (the operating system's user name), when kept in main. */
	public String user() {
		return user;
	}

	/** The computer synchronized from, when kept in main. */
	public String host() {
		return host;
	}

	public void setOrigin(String user, String host) {
		this.user = user;
		this.host = host;
	}

	/**
	 * Records inserted and updated per procedure (B1), in the order of the procedures; records of no
	 * procedure (debtors, creditors) under the key null.
	 */
	public Map<UUID, ProcedureCounts> procedures() {
		return procedures;
	}

	public List<Entry> entries() {
		return entries;
	}

	public List<Entry> entries(Kind kind) {
		return entries.stream().filter(e -> e.kind() == kind).toList();
	}

	public void add(Entry entry) {
		entries.add(entry);
	}

	/** Records inserted into main, by table. */
	public Map<String, Integer> inserted() {
		return inserted;
	}

	/** Records updated in main, by table. */
	public Map<String, Integer> updated() {
		return updated;
	}

	public void countInsert(String table) {
		inserted.merge(table, 1, Integer::sum);
	}

	public void countUpdate(String table) {
		updated.merge(table, 1, Integer::sum);
	}

	public int totalInserted() {
		return inserted.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int totalUpdated() {
		return updated.values().stream().mapToInt(Integer::intValue).sum();
	}
}
