package pau.app.internal.views;

import java.util.Locale;

/**
 * Keeps the procedures any of whose columns contains the filter text (case-insensitive); a debtor
 * stays when its name matches or one of its procedures does. Applied to the tree's snapshot
 * ({@link ProcedureTree#filter}), not by the viewer: the tree is virtual (issue 21 item 6), and a lazy
 * viewer takes no filters. The texts are matched as {@link #searchText} made them once per snapshot:
 * making the column texts anew at every key (type and status words, dates) paused a list of 20,000
 * procedures for 400 ms.
 */
final class ProcedureFilter {

	/** Between two columns' texts: no typed text holds it, so no match spans two columns. */
	private static final char SEPARATOR = '\u0000';

	private final String text;

	ProcedureFilter(String text) {
		this.text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	boolean isActive() {
		return !text.isEmpty();
	}

	/** Whether a row whose {@link #searchText} this is matches. */
	boolean matches(String searchText) {
		return text.isEmpty() || searchText.contains(text);
	}

	/** What the filter looks into for a debtor or a procedure: its columns' texts, lower case. */
	static String searchText(Object element) {
		StringBuilder all = new StringBuilder();
		for (int column = 0; column < ProcedureColumns.COUNT; column++) {
			all.append(ProcedureColumns.text(null, element, column).toLowerCase(Locale.ROOT)).append(SEPARATOR);
		}
		return all.toString();
	}
}
