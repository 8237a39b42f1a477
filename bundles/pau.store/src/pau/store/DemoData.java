package pau.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Consumer;

import pau.store.internal.demo.DemoGenerator;

/**
 * Fills a database with realistic, deterministic demo data for Russian insolvency cases: debtors (companies,
 * entrepreneurs, citizens), procedures of every type, a shared pool of creditors with their claims, meetings of
 * creditors, text documents and correspondence, the debtor's property inventory and the procedure's calendar of
 * duties.
 * <p>
 * The same {@link Options#seed() seed} always gives byte-identical data, ids included; nothing depends on the
 * clock or the locale. Only portable SQL is used (batched INSERTs through prepared statements), so the generator
 * works on H2 and PostgreSQL alike. Document content is generated while the driver reads it, so memory use does
 * not grow with {@link Options#documentsMb()}.
 */
public final class DemoData {

	/** Largest number of procedures accepted by {@link Options}. */
	public static final int MAX_PROCEDURES = 100_000;

	/**
	 * What to generate.
	 *
	 * @param procedures number of procedures, 1 to {@value DemoData#MAX_PROCEDURES}; some debtors get two
	 *        consecutive procedures (e.g. observation, then bankruptcy proceedings)
	 * @param documentsMb total size of the document content in MiB, spread evenly over the procedures; with 0 every
	 *        document is a small text of 2 to 8 KiB. Each document has at least its heading, one paragraph and the
	 *        signature, so many procedures with few megabytes can exceed the requested total slightly.
	 * @param seed random seed; the same seed yields the same data
	 */
	public record Options(int procedures, int documentsMb, long seed) {

		/**
		 * Checks the options.
		 *
		 * @throws IllegalArgumentException if {@code procedures} is outside 1 to {@value DemoData#MAX_PROCEDURES}
		 *         or {@code documentsMb} is negative
		 */
		public Options {
			if (procedures < 1 || procedures > MAX_PROCEDURES) {
				throw new IllegalArgumentException(
						"procedures must be between 1 and " + MAX_PROCEDURES + ", was " + procedures);
			}
			if (documentsMb < 0) {
				throw new IllegalArgumentException("documentsMb must not be negative, was " + documentsMb);
			}
		}

		/** 12 procedures, 2 MiB of documents, seed 1: a quick demo that still shows every procedure type. */
		public static Options defaults() {
			return new Options(12, 2, 1L);
		}
	}

	/**
	 * What was generated: row counts per table and the total size of the document content.
	 *
	 * @param enterprises rows in {@code ENTERPRISES} (debtors)
	 * @param procedures rows in {@code PROCEDURES}
	 * @param creditors rows in {@code CREDITORS}
	 * @param claims rows in {@code CLAIMS}
	 * @param meetings rows in {@code MEETINGS}
	 * @param letters rows in {@code CORRESPONDENCE}
	 * @param documents rows in {@code DOCUMENTS}
	 * @param documentBytes sum of {@code DOCUMENTS.SIZE_BYTES}
	 */
	public record Summary(int enterprises, int procedures, int creditors, int claims, int meetings, int letters,
			int documents, long documentBytes) {
	}

	private DemoData() {
	}

	/**
	 * Fills the database; the schema must exist (and should be empty: the generator only inserts). Commits after
	 * the creditor pool and after every procedure, so a failure keeps the procedures finished so far; it sets
	 * auto-commit off itself and restores the previous mode afterwards.
	 *
	 * @param connection an open connection to a database with the public schema
	 * @param options what to generate
	 * @param progress receives short English lines such as
	 *        {@code Procedure 3 of 12: ООО «Вектор», А40-123456/2024}; may be {@code null}
	 * @return the row counts
	 * @throws SQLException if the database refuses a statement; the unfinished procedure is rolled back
	 */
	public static Summary generate(Connection connection, Options options, Consumer<String> progress)
			throws SQLException {
		Objects.requireNonNull(connection, "connection");
		Objects.requireNonNull(options, "options");
		Consumer<String> listener = progress != null ? progress : line -> {
		};
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			DemoGenerator.Counts counts = DemoGenerator.run(connection, options.procedures(), options.documentsMb(),
					options.seed(), listener);
			return new Summary(counts.enterprises(), counts.procedures(), counts.creditors(), counts.claims(),
					counts.meetings(), counts.letters(), counts.documents(), counts.documentBytes());
		} catch (SQLException | RuntimeException e) {
			try {
				connection.rollback();
			} catch (SQLException rollback) {
				e.addSuppressed(rollback);
			}
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}
}
