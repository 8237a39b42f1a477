package pau.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the records of one database (main or offline). Implemented by the store bundle;
 * the application and the command line use only this interface.
 */
public interface RecordStore {

	/** The record of this type with this id, if there is one. */
	<T extends Record> Optional<T> find(Class<T> type, UUID id);

	/** All records of a top-level type ({@link Enterprise}, {@link Creditor}, {@link Procedure}), sorted by name or case. */
	<T extends Record> List<T> all(Class<T> type);

	/** The records of one procedure (claims, meetings, letters, documents, assets, tasks), in their {@link NaturalOrder}. */
	<T extends ProcedureRecord> List<T> ofProcedure(Class<T> type, UUID procedureId);

	/**
	 * The types of the records that belong to a procedure (the {@link ProcedureRecord}s the database holds),
	 * so that whatever shows or copies a whole procedure needs no list of its own.
	 */
	List<Class<? extends ProcedureRecord>> procedureRecordTypes();

	/**
	 * Inserts or updates the record after checking it ({@link Record#validate()}).
	 *
	 * @return the saved record with its new row version
	 * @throws ValidationException when the record breaks a domain rule; nothing is saved
	 * @throws DataException when the database refuses the change (e.g. it was changed meanwhile)
	 */
	<T extends Record> T save(T record);

	/** Deletes the record; a procedure's records and an enterprise's procedures go with it. */
	void delete(Class<? extends Record> type, UUID id);

	/** Streams document contents in and out. */
	DocumentContent documents();
}
