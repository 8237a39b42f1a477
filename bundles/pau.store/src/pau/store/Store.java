package pau.store;

import java.util.UUID;

import javax.sql.DataSource;

import pau.model.RecordStore;

/**
 * One open database (the main database or an offline database) with the public schema.
 */
public interface Store extends AutoCloseable {

	/** Which database this is. */
	enum Kind {
		/** The shared main database. */
		MAIN,
		/** An encrypted offline copy on this computer. */
		OFFLINE
	}

	Kind kind();

	/** The JDBC URL, without passwords. */
	String url();

	Dialect dialect();

	/** The identity of this database, generated when its schema was created (SCHEMA_INFO.ID). */
	UUID databaseId();

	/** The schema version recorded in the database. */
	int schemaVersion();

	/** Whether the schema was created when this store was opened (a new, empty database). */
	boolean createdNow();

	/** Records through the procedure model. */
	RecordStore records();

	/** Plain JDBC, for bulk work (copy, merge, demo data). */
	DataSource dataSource();

	/** Closes connections; the store cannot be used afterwards. */
	@Override
	void close();
}
