package pau.store.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates the demo data case by case: the creditor pool first, then each debtor with its procedures and
 * everything hanging off them, committing after every procedure. The caller owns the transaction mode.
 */
public final class DemoGenerator {

	/** Rows written. */
	public record Counts(int enterprises, int procedures, int creditors, int claims, int meetings, int letters,
			int documents, long documentBytes) {
	}

	private DemoGenerator() {
	}

	/**
	 * Writes {@code procedures} procedures with documents totalling about {@code documentsMb} MiB (small documents
	 * of a few KB when 0), all drawn from {@code seed}. Auto-commit must be off.
	 */
	public static Counts run(Connection connection, int procedures, int documentsMb, long seed,
			Consumer<String> progress) throws SQLException {
		DemoRandom random = new DemoRandom(seed);
		try (DemoWriter writer = new DemoWriter(connection)) {
			CreditorPool pool = CreditorPool.create(random, writer, Math.max(20, procedures * 3));
			progress.accept("Creditors: " + writer.counts()[1] + " created");
			CasePlanner planner = new CasePlanner(random);
			ClaimMaker claims = new ClaimMaker(random, pool, writer);
			MeetingMaker meetings = new MeetingMaker(random, writer);
			DocumentMaker documents = new DocumentMaker(random, writer);
			LetterMaker letters = new LetterMaker(random, writer);
			AssetMaker assets = new AssetMaker(writer);
			TaskMaker tasks = new TaskMaker(writer);
			long totalBytes = documentsMb * 1024L * 1024L;
			int done = 0;
			while (done < procedures) {
				List<PlannedProcedure> plan = planner.next(procedures - done);
				writer.enterprise(plan.get(0).debtor());
				for (PlannedProcedure procedure : plan) {
					writer.procedure(procedure);
					List<CreditorPool.Creditor> creditors = claims.write(procedure);
					List<MeetingMaker.Held> held = meetings.write(procedure);
					// An even share per procedure; the remainder goes to the first ones, byte by byte.
					long budget = documentsMb == 0 ? -1
							: totalBytes / procedures + (done < totalBytes % procedures ? 1 : 0);
					List<DocumentMaker.Written> written = documents.write(procedure, held, budget);
					letters.write(procedure, creditors, written);
					assets.write(procedure);
					tasks.write(procedure);
					writer.commit();
					done++;
					progress.accept("Procedure " + done + " of " + procedures + ": " + procedure.debtor().name() + ", "
							+ procedure.caseNumber());
				}
			}
			long[] counts = writer.counts();
			return new Counts((int) counts[0], (int) counts[2], (int) counts[1], (int) counts[3], (int) counts[4],
					(int) counts[6], (int) counts[5], writer.documentBytes());
		}
	}
}
