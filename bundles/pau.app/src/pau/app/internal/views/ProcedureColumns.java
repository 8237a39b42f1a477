package pau.app.internal.views;

import pau.app.internal.common.Checkouts;
import pau.app.internal.common.Labels;
import pau.model.Enterprise;
import pau.model.Procedure;

/**
 * The texts of the procedures tree's columns: debtor, type, case number, status, start date, and who has
 * the procedure offline (B14).
 */
final class ProcedureColumns {

	static final int DEBTOR = 0;
	static final int TYPE = 1;
	static final int CASE = 2;
	static final int STATUS = 3;
	static final int START = 4;
	static final int OFFLINE = 5;
	static final int COUNT = 6;

	private ProcedureColumns() {
	}

	static String title(int column) {
		return switch (column) {
		case DEBTOR -> Messages.Column_debtor;
		case TYPE -> Messages.Column_type;
		case CASE -> Messages.Column_case;
		case STATUS -> Messages.Column_status;
		case OFFLINE -> Messages.Column_offline;
		default -> Messages.Column_start;
		};
	}

	static int width(int column) {
		return switch (column) {
		case DEBTOR -> 240;
		case TYPE -> 170;
		case CASE -> 130;
		case OFFLINE -> 260;
		default -> 95;
		};
	}

	static String text(ProcedureTree tree, Object element, int column) {
		if (element instanceof Enterprise enterprise) {
			return column == DEBTOR ? nonNull(enterprise.getName()) : ""; //$NON-NLS-1$
		}
		if (element instanceof Procedure procedure) {
			return switch (column) {
			case DEBTOR -> nonNull(procedure.getEnterprise().getName());
			case TYPE -> Labels.of(procedure.getType());
			case CASE -> nonNull(procedure.getCaseNumber());
			case STATUS -> Labels.of(procedure.getStatus());
			case OFFLINE -> tree == null ? "" : Checkouts.shortText(tree.checkoutsOf(procedure)); //$NON-NLS-1$
			default -> Labels.date(procedure.getStartDate());
			};
		}
		return ""; //$NON-NLS-1$
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
