package pau.bench.floor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The floor of starting PAU Desk: a bare JVM with SWT that opens one window listing main's procedures (case
 * number and debtor, read by plain JDBC), writes the marker file once the list is painted and exits. Started
 * under the same display as PAU Desk; the benchmark times both from the process start to the marker.
 * <p>
 * Usage: {@code WindowFloor MAIN_URL MARKER_FILE} (main's user {@code sa}, no password). Its class path holds
 * the product's SWT and H2 bundles.
 */
public final class WindowFloor {

	private WindowFloor() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("Usage: WindowFloor MAIN_URL MARKER_FILE");
			System.exit(2);
		}
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText("Floor");
		shell.setLayout(new FillLayout());
		Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String title : new String[] { "Case", "Debtor" }) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		int count = 0;
		try (Connection main = DriverManager.getConnection(args[0], "sa", "");
				Statement select = main.createStatement();
				ResultSet rows = select.executeQuery("SELECT P.CASE_NUMBER, E.NAME FROM PROCEDURES P "
						+ "JOIN ENTERPRISES E ON E.ID = P.ENTERPRISE_ID ORDER BY P.CASE_NUMBER")) {
			while (rows.next()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { rows.getString(1), rows.getString(2) });
				count++;
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		shell.setSize(1000, 700);
		shell.open();
		while (display.readAndDispatch()) {
			// the window's first events, up to its first paint
		}
		table.update();
		Files.writeString(Path.of(args[1]), Integer.toString(count));
		display.dispose();
	}
}
