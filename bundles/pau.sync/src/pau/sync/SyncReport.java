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
			String mainValue) {
	}

	private final UUID checkoutId;
	private final boolean preview;
	private Instant finishedAt;
	private final List<Entry> entries = new ArrayList<>();
	private final Map<String, Integer> inserted = new LinkedHashMap<>();
	private final Map<String, Integer> updated = new LinkedHashMap<>();

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

	public void setFinishedAt(Instant finishedAt) {
		this.finishedAt = finishedAt;
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
