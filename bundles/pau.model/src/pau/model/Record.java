package pau.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record of the procedure model: a global id, generated where the record is created, and a row
 * version.
 */
@MappedSuperclass
public abstract class Record {

	@Id
	@Column(name = "ID", nullable = false, updatable = false)
	private UUID id = UUID.randomUUID();

	@Version
	@Column(name = "VERSION", nullable = false)
	private long version;

	public UUID getId() {
		return id;
	}

	/** Sets the id; for copies and imports that keep the id a record got where it was created. */
	public void setId(UUID id) {
		this.id = Objects.requireNonNull(id);
	}

	public long getVersion() {
		return version;
	}

	/**
	 * Checks the rules of the domain.
	 *
	 * @return the problems found, as user-visible messages; empty when the record is valid
	 */
	public List<String> validate() {
		return new ArrayList<>();
	}

	/** Throws {@link ValidationException} when {@link #validate()} finds problems. */
	public void checkValid() throws ValidationException {
		List<String> problems = validate();
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Record record && other.getClass() == getClass() && record.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
