package pau.model;

/**
 * Priority queue of a claim in the register. Stored by name.
 */
public enum ClaimQueue {
	FIRST, SECOND, THIRD, AFTER_REGISTER
}
