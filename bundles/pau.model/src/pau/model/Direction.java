package pau.model;

/**
 * Direction of a letter. Stored by name.
 */
public enum Direction {
	IN, OUT
}
