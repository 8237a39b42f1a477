package pau.store.internal;

import java.net.BindException;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

import org.h2.api.ErrorCode;
import org.h2.tools.Server;

/**
 * {@code pau-server}'s Java side, run on a plain class path (H2 and this bundle's jar, no OSGi): starts
 * H2's TCP server with the options the script gives, and says in one line why it could not, with exit
 * code 1, instead of H2's stack trace. Runs until the process is stopped.
 */
public final class TcpServerMain {

	private static final ResourceBundle TEXT = ResourceBundle.getBundle("pau.store.internal.server"); //$NON-NLS-1$

	private TcpServerMain() {
	}

	/**
	 * @param args H2 TCP server options: {@code -tcpPort PORT -baseDir DIR} and either {@code -ifNotExists}
	 *            or {@code -tcpAllowOthers -tcpPassword PASSWORD}
	 */
	public static void main(String[] args) {
		try {
			Server server = Server.createTcpServer(args).start();
			System.out.println(server.getStatus());
		} catch (SQLException e) {
			System.err.println("pau-server: " + inWords(e, port(args))); //$NON-NLS-1$
			System.exit(1);
		}
	}

	static String inWords(SQLException e, String port) {
		if (e.getErrorCode() == ErrorCode.EXCEPTION_OPENING_PORT_2 || causedBy(e, BindException.class)) {
			return MessageFormat.format(TEXT.getString("portInUse"), port); //$NON-NLS-1$
		}
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return MessageFormat.format(TEXT.getString("notStarted"), //$NON-NLS-1$
				String.valueOf(root.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String port(String[] args) {
		for (int i = 0; i + 1 < args.length; i++) {
			if ("-tcpPort".equals(args[i])) { //$NON-NLS-1$
				return args[i + 1];
			}
		}
		return "9092"; //$NON-NLS-1$
	}
}
