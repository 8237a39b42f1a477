package pau.sync;

/**
 * What was done offline since the checkout (B12): records created, changed and deleted.
 */
public record OfflineChanges(int created, int changed, int deleted) {

	public int total() {
		return created + changed + deleted;
	}
}
