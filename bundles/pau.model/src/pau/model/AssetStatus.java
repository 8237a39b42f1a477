package pau.model;

/**
 * What became of an asset of the inventory: found at the stock-taking, not found, sold, written off. Stored by name.
 */
public enum AssetStatus {
	FOUND, NOT_FOUND, SOLD, WRITTEN_OFF
}
