package pau.bench.floor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor of {@code pau-cli sync}: a bare batched JDBC apply, run as its own process. It opens an
 * AES-encrypted H2 file holding the changed claims (table {@code CHANGES}: ID, VERSION, AMOUNT, BASIS; written
 * by the benchmark beforehand), and applies them to main in one transaction with JDBC batches of one prepared
 * statement, each row guarded by its version as PAU Desk's merge does.
 * <p>
 * Usage: {@code SyncApplyFloor CHANGES_FILE KEY MAIN_URL} (main's user {@code sa}, no password).
 */
public final class SyncApplyFloor {

	/** When main() began: the in-process time leaves out the JVM\'s start, as PAU Desk\'s leaves out its own. */
	private static final long STARTED = System.nanoTime();

	private static final int BATCH = 500;

	private SyncApplyFloor() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 3) {
			System.err.println("Usage: SyncApplyFloor CHANGES_FILE KEY MAIN_URL");
			System.exit(2);
		}
		int applied = 0;
		try (Connection changes = DriverManager.getConnection(
				"jdbc:h2:file:" + args[0] + ";CIPHER=AES;IFEXISTS=TRUE", "PAU", args[1] + " ");
				Connection main = DriverManager.getConnection(args[2], "sa", "");
				Statement read = changes.createStatement();
				ResultSet rows = read.executeQuery("SELECT ID, VERSION, AMOUNT, BASIS FROM CHANGES");
				PreparedStatement update = main.prepareStatement(
						"UPDATE CLAIMS SET AMOUNT = ?, BASIS = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
			main.setAutoCommit(false);
			int pending = 0;
			while (rows.next()) {
				update.setBigDecimal(1, rows.getBigDecimal(3));
				update.setString(2, rows.getString(4));
				update.setObject(3, rows.getObject(1));
				update.setLong(4, rows.getLong(2));
				update.addBatch();
				if (++pending == BATCH) {
					applied += sum(update.executeBatch());
					pending = 0;
				}
			}
			applied += sum(update.executeBatch());
			main.commit();
		}
		System.out.println(applied + " claims updated");
		System.out.println(String.format(java.util.Locale.ROOT, "in-process: %.3f s", (System.nanoTime() - STARTED) / 1e9));
	}

	private static int sum(int[] counts) {
		int total = 0;
		for (int count : counts) {
			if (count != 1) {
				throw new IllegalStateException("a claim changed meanwhile: its version guard failed");
			}
			total += count;
		}
		return total;
	}
}
