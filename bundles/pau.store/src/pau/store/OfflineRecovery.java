package pau.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What restoring an offline database from its newest intact backup did (B17).
 *
 * @param backupTakenAt when the restored backup was taken
 * @param backupSequence the number of saved changes the backup holds
 * @param sealedSequence the number of saved changes made in the damaged database (from the evidence
 *            kept outside it)
 * @param lastSavedAt when the last of those changes was saved, or null when unknown
 * @param quarantined where the damaged database was moved (never deleted)
 */
public record OfflineRecovery(Instant backupTakenAt, long backupSequence, long sealedSequence, Instant lastSavedAt,
		Path quarantined) {

	/** Saved changes made after the backup, which it does not hold. */
	public long lostChanges() {
		return Math.max(0, sealedSequence - backupSequence);
	}
}
