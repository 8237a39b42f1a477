package pau.model;

/**
 * Category of an asset of the debtor's property inventory. Stored by name.
 */
public enum AssetCategory {
	REAL_ESTATE, VEHICLE, EQUIPMENT, RECEIVABLE, SECURITIES, OTHER
}
