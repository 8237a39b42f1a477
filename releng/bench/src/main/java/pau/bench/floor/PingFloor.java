package pau.bench.floor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor of {@code pau-cli status}: a JVM that connects to main, runs {@code SELECT 1} and ends.
 * <p>
 * Usage: {@code PingFloor MAIN_URL} (user {@code sa}, no password).
 */
public final class PingFloor {

	private PingFloor() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length != 1) {
			System.err.println("Usage: PingFloor MAIN_URL");
			System.exit(2);
		}
		try (Connection main = DriverManager.getConnection(args[0], "sa", "");
				Statement statement = main.createStatement();
				ResultSet result = statement.executeQuery("SELECT 1")) {
			result.next();
			System.out.println("main answers: " + result.getInt(1));
		}
	}
}
