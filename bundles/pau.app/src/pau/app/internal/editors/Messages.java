package pau.app.internal.editors;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the record editors.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "pau.app.internal.editors.messages"; //$NON-NLS-1$

	public static String ProcedureEditor_newTitle;
	public static String ProcedureEditor_gone;
	public static String EnterpriseEditor_newTitle;
	public static String EnterpriseEditor_gone;
	public static String Editor_openFailedTitle;
	public static String Editor_openFailed;
	public static String Editor_saveFailedTitle;
	public static String Editor_saveFailed;
	public static String Editor_otherDatabase;
	public static String Editor_reloadJob;
	public static String ProcedurePage_title;
	public static String Procedure_debtor;
	public static String Procedure_debtorWithInn;
	public static String Procedure_type;
	public static String Procedure_case;
	public static String Procedure_court;
	public static String Procedure_start;
	public static String Procedure_end;
	public static String Procedure_status;
	public static String ClaimsPage_title;
	public static String ClaimsPage_tab;
	public static String ClaimsPage_totals;
	public static String ClaimsPage_total;
	public static String Claim_creditor;
	public static String Claim_amount;
	public static String Claim_queue;
	public static String Claim_status;
	public static String Claim_filedOn;
	public static String Claim_basis;
	public static String MeetingsPage_title;
	public static String MeetingsPage_tab;
	public static String Meeting_heldAt;
	public static String Meeting_place;
	public static String Meeting_agenda;
	public static String Meeting_result;
	public static String LettersPage_title;
	public static String Letter_direction;
	public static String Letter_sentOn;
	public static String Letter_number;
	public static String Letter_counterparty;
	public static String Letter_subject;
	public static String Letter_document;
	public static String Letter_noDocument;
	public static String AssetsPage_title;
	public static String AssetsPage_totals;
	public static String Asset_name;
	public static String Asset_category;
	public static String Asset_inventoryNumber;
	public static String Asset_bookValue;
	public static String Asset_marketValue;
	public static String Asset_inventoriedOn;
	public static String Asset_status;
	public static String Asset_note;
	public static String TasksPage_title;
	public static String Task_dueOn;
	public static String Task_title;
	public static String Task_done;
	public static String Task_doneMark;
	public static String Task_doneOn;
	public static String Task_note;
	public static String DocumentsPage_title;
	public static String Document_fileName;
	public static String Document_size;
	public static String Document_bytes;
	public static String Document_kilobytes;
	public static String Document_megabytes;
	public static String Documents_attach;
	public static String Documents_attachTitle;
	public static String Documents_attachJob;
	public static String Documents_attachFailed;
	public static String Documents_export;
	public static String Documents_exportTitle;
	public static String Documents_exportJob;
	public static String Documents_exportFailed;
	public static String Documents_delete;
	public static String Documents_deleteQuestion;
	public static String Documents_deleteFailed;
	public static String Documents_failedTitle;
	public static String Documents_saveFirst;
	public static String Table_add;
	public static String Table_edit;
	public static String Table_delete;
	public static String Table_dialogMessage;
	public static String Table_deleteQuestion;
	public static String Dialog_ok;
	public static String Dialog_cancel;
	public static String Confirm_deleteTitle;
	public static String Confirm_delete;
	public static String Confirm_cancel;
	public static String Enterprise_name;
	public static String Enterprise_inn;
	public static String Enterprise_ogrn;
	public static String Enterprise_address;
	public static String EnterprisePage_title;
	public static String Claim_newTitle;
	public static String Record_claim;
	public static String Meeting_newTitle;
	public static String Record_meeting;
	public static String Letter_newTitle;
	public static String Record_letter;
	public static String Asset_newTitle;
	public static String Task_newTitle;
	public static String Record_asset;
	public static String Record_task;
	public static String Document_kind;
	public static String Document_kindPdf;
	public static String Document_kindText;
	public static String Document_kindSheet;
	public static String Document_kindImage;
	public static String Document_kindPlain;
	public static String Document_kindFile;
	public static String Document_kindOther;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
