package pau.model;

/**
 * Status of a claim. Stored by name.
 */
public enum ClaimStatus {
	FILED, INCLUDED, REJECTED, SATISFIED
}
