package pau.app.internal.editors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;

import pau.app.internal.common.Labels;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.model.ProcedureStatus;
import pau.model.ProcedureType;

/**
 * The procedure's own fields: debtor, type, case, court, dates, status. Problems show inline as the
 * user types.
 */
public final class ProcedurePage extends RecordPage {

	private FieldsPanel panel;
	private Field<Enterprise> debtor;

	ProcedurePage(ProcedureEditor editor) {
		super(editor, "procedure", Messages.ProcedurePage_title); //$NON-NLS-1$
	}

	@Override
	public ProcedureEditor getEditor() {
		return (ProcedureEditor) super.getEditor();
	}

	private Procedure procedure() {
		return getEditor().data().procedure();
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(managedForm.getForm().getBody());
		debtor = Field.choice("procedure.debtor", Messages.Procedure_debtor, () -> procedure().getEnterprise(), //$NON-NLS-1$
				e -> procedure().setEnterprise(e), getEditor().data().enterprises, ProcedurePage::debtorLabel);
		List<Field<?>> fields = List.of(debtor,
				Field.choice("procedure.type", Messages.Procedure_type, () -> procedure().getType(), //$NON-NLS-1$
						t -> procedure().setType(t), List.of(ProcedureType.values()), Labels::of),
				Field.text("procedure.case", Messages.Procedure_case, () -> procedure().getCaseNumber(), //$NON-NLS-1$
						c -> procedure().setCaseNumber(c)),
				Field.text("procedure.court", Messages.Procedure_court, () -> procedure().getCourt(), //$NON-NLS-1$
						c -> procedure().setCourt(c)),
				Field.<LocalDate>parsed("procedure.start", Messages.Procedure_start, () -> procedure().getStartDate(), //$NON-NLS-1$
						d -> procedure().setStartDate(d), Labels::date, Labels::parseDate),
				Field.<LocalDate>parsed("procedure.end", Messages.Procedure_end, () -> procedure().getEndDate(), //$NON-NLS-1$
						d -> procedure().setEndDate(d), Labels::date, Labels::parseDate),
				Field.choice("procedure.status", Messages.Procedure_status, () -> procedure().getStatus(), //$NON-NLS-1$
						s -> procedure().setStatus(s), List.of(ProcedureStatus.values()), Labels::of));
		panel = new FieldsPanel(managedForm.getForm().getBody(), managedForm.getToolkit(), fields);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(panel.getControl());
		panel.onChange(() -> {
			getEditor().markDirty();
			getEditor().check();
		});
	}

	static String debtorLabel(Enterprise enterprise) {
		if (enterprise == null) {
			return ""; //$NON-NLS-1$
		}
		return enterprise.getInn() == null ? enterprise.getName()
				: Messages.bind(Messages.Procedure_debtorWithInn, enterprise.getName(), enterprise.getInn());
	}

	@Override
	public void refresh() {
		panel.setChoices(debtor, getEditor().data().enterprises);
		panel.load();
	}

	/** Writes the typed values into the procedure; returns what could not be parsed. */
	Map<Control, String> apply() {
		return panel == null ? Map.of() : panel.apply();
	}
}
