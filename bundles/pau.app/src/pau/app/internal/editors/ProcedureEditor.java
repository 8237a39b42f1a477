package pau.app.internal.editors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;

import pau.app.internal.common.Checkouts;
import pau.app.internal.common.Errors;
import pau.app.internal.common.Labels;
import pau.model.Asset;
import pau.model.AssetCategory;
import pau.model.AssetStatus;
import pau.model.Claim;
import pau.model.ClaimQueue;
import pau.model.ClaimStatus;
import pau.model.Correspondence;
import pau.model.Creditor;
import pau.model.Direction;
import pau.model.Document;
import pau.model.Meeting;
import pau.model.RecordStore;
import pau.model.Task;
import pau.sync.OfflineService;

/**
 * A procedure with its register of claims, meetings, correspondence, property inventory, tasks and documents, one
 * page each.
 */
public class ProcedureEditor extends RecordEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "pau.app.editors.procedure"; //$NON-NLS-1$

	private volatile ProcedureData data;
	/** B14: who has the procedure offline in main now (empty offline and for a new one). */
	private volatile List<OfflineService.Checkout> holders = List.of();
	private ProcedurePage fieldsPage;
	private DocumentsPage documentsPage;

	@Override
	protected void load(RecordStore records) {
		data = ProcedureData.read(records, recordInput());
		holders = recordInput().isNew() ? List.of() : Checkouts.of(recordInput().id());
	}

	@Override
	protected String banner() {
		List<OfflineService.Checkout> now = holders;
		return now.isEmpty() ? null : Checkouts.bannerText(now);
	}

	public ProcedureData data() {
		return data;
	}

	@Override
	protected String title() {
		String caseNumber = data.procedure.getCaseNumber();
		if (recordInput().isNew()) {
			return Messages.ProcedureEditor_newTitle;
		}
		String debtor = data.procedure.getEnterprise() == null ? "" : data.procedure.getEnterprise().getName(); //$NON-NLS-1$
		// The type too: observation and bankruptcy proceedings of one debtor share the case number.
		String type = data.procedure.getType() == null ? "" : " (" + Labels.of(data.procedure.getType()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return (caseNumber == null || caseNumber.isBlank() ? debtor : caseNumber + " \u2014 " + debtor) + type; //$NON-NLS-1$
	}

	/** A value in a record's name, or a dash for none. */
	private static String orDash(String value) {
		return value == null || value.isBlank() ? "\u2014" : value; //$NON-NLS-1$
	}

	@Override
	protected void addPages() {
		try {
			fieldsPage = new ProcedurePage(this);
			addPage(fieldsPage);
			addPage(new RecordTablePage<>(this, "claims", Messages.ClaimsPage_title, Claim.class, Claim::new, //$NON-NLS-1$
					Messages.Claim_newTitle, c -> Messages.bind(Messages.Record_claim, orDash(c.getCreditor() == null ? null
							: c.getCreditor().getName()), c.getAmount() == null ? "\u2014" : Labels.money(c.getAmount()) + "\u00a0\u20bd"), //$NON-NLS-1$ //$NON-NLS-2$
					this::claimFields, List.of(
							new Column<>(Messages.Claim_creditor, 220, c -> c.getCreditor() == null ? "" : c.getCreditor().getName()), //$NON-NLS-1$
							Column.amount(Messages.Claim_amount, 120, c -> Labels.money(c.getAmount())),
							new Column<>(Messages.Claim_queue, 120, c -> Labels.of(c.getQueue())),
							new Column<>(Messages.Claim_status, 110, c -> Labels.of(c.getStatus())),
							new Column<>(Messages.Claim_filedOn, 90, c -> Labels.date(c.getFiledOn())),
							new Column<>(Messages.Claim_basis, 260, Claim::getBasis)),
					this::claimTotals).tab(Messages.ClaimsPage_tab));
			addPage(new RecordTablePage<>(this, "meetings", Messages.MeetingsPage_title, Meeting.class, //$NON-NLS-1$
					Meeting::new, Messages.Meeting_newTitle,
					m -> Messages.bind(Messages.Record_meeting, orDash(Labels.date(m.getHeldAt() == null ? null : m.getHeldAt().toLocalDate()))),
					this::meetingFields, List.of(
							new Column<>(Messages.Meeting_heldAt, 120, m -> Labels.dateTime(m.getHeldAt())),
							new Column<>(Messages.Meeting_place, 200, Meeting::getPlace),
							new Column<>(Messages.Meeting_agenda, 280, Meeting::getAgenda),
							new Column<>(Messages.Meeting_result, 200, Meeting::getResult)),
					null).tab(Messages.MeetingsPage_tab));
			addPage(new RecordTablePage<>(this, "letters", Messages.LettersPage_title, Correspondence.class, //$NON-NLS-1$
					Correspondence::new, Messages.Letter_newTitle, l -> Messages.bind(Messages.Record_letter, new Object[] {
							l.getDirection() == null ? "" : Labels.of(l.getDirection()).toLowerCase(java.util.Locale.getDefault()), //$NON-NLS-1$
							orDash(Labels.date(l.getSentOn())), orDash(l.getSubject()) }).strip(),
					this::letterFields, List.of(
							new Column<>(Messages.Letter_direction, 90, l -> Labels.of(l.getDirection())),
							new Column<>(Messages.Letter_sentOn, 90, l -> Labels.date(l.getSentOn())),
							new Column<>(Messages.Letter_number, 90, Correspondence::getRefNumber),
							new Column<>(Messages.Letter_counterparty, 200, Correspondence::getCounterparty),
							new Column<>(Messages.Letter_subject, 260, Correspondence::getSubject),
							new Column<>(Messages.Letter_document, 150, l -> l.getDocument() == null ? "" : l.getDocument().getFileName())), //$NON-NLS-1$
					null));
			addPage(new RecordTablePage<>(this, "assets", Messages.AssetsPage_title, Asset.class, Asset::new, //$NON-NLS-1$
					Messages.Asset_newTitle, a -> Messages.bind(Messages.Record_asset, orDash(a.getName())),
					this::assetFields, List.of(
							new Column<>(Messages.Asset_inventoryNumber, 100, Asset::getInventoryNumber),
							new Column<>(Messages.Asset_name, 250, Asset::getName),
							new Column<>(Messages.Asset_category, 220, a -> Labels.of(a.getCategory())),
							new Column<>(Messages.Asset_status, 110, a -> Labels.of(a.getStatus())),
							Column.amount(Messages.Asset_bookValue, 130, a -> Labels.money(a.getBookValue())),
							Column.amount(Messages.Asset_marketValue, 130, a -> Labels.money(a.getMarketValue())),
							new Column<>(Messages.Asset_inventoriedOn, 110, a -> Labels.date(a.getInventoriedOn())),
							new Column<>(Messages.Asset_note, 250, Asset::getNote)),
					this::assetTotals));
			addPage(new RecordTablePage<>(this, "tasks", Messages.TasksPage_title, Task.class, Task::new, //$NON-NLS-1$
					Messages.Task_newTitle, t -> Messages.bind(Messages.Record_task, orDash(t.getTitle()), orDash(Labels.date(t.getDueOn()))),
					this::taskFields, List.of(
							new Column<>(Messages.Task_dueOn, 90, t -> Labels.date(t.getDueOn())),
							new Column<>(Messages.Task_title, 440, Task::getTitle),
							new Column<>(Messages.Task_done, 70, t -> t.isDone() ? Messages.Task_doneMark : ""), //$NON-NLS-1$
							new Column<>(Messages.Task_doneOn, 100, t -> Labels.date(t.getDoneOn())),
							new Column<>(Messages.Task_note, 300, Task::getNote)),
					null));
			documentsPage = new DocumentsPage(this);
			addPage(documentsPage);
		} catch (PartInitException e) {
			Errors.show(getSite().getShell(), Messages.Editor_openFailedTitle, e.getMessage(), e);
		}
	}

	public ProcedurePage fieldsPage() {
		return fieldsPage;
	}

	public DocumentsPage documentsPage() {
		return documentsPage;
	}

	@Override
	protected List<String> check() {
		Map<Control, String> parseProblems = fieldsPage.apply();
		return showAndCollect(data.problems(), parseProblems);
	}

	@Override
	protected void save(RecordStore records) {
		data.save(records);
	}

	private String claimTotals() {
		StringBuilder text = new StringBuilder(Messages.ClaimsPage_totals);
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<ClaimQueue, BigDecimal> entry : data.totals().entrySet()) {
			text.append("   ").append(Labels.of(entry.getKey())).append(": ").append(Labels.money(entry.getValue())); //$NON-NLS-1$ //$NON-NLS-2$
			sum = sum.add(entry.getValue());
		}
		text.append("   ").append(Messages.ClaimsPage_total).append(' ').append(Labels.money(sum)); //$NON-NLS-1$
		return text.toString();
	}

	private String assetTotals() {
		BigDecimal book = BigDecimal.ZERO;
		BigDecimal market = BigDecimal.ZERO;
		List<Asset> assets = data.records(Asset.class);
		for (Asset asset : assets) {
			book = asset.getBookValue() == null ? book : book.add(asset.getBookValue());
			market = asset.getMarketValue() == null ? market : market.add(asset.getMarketValue());
		}
		return Messages.bind(Messages.AssetsPage_totals,
				new Object[] { assets.size(), Labels.money(book), Labels.money(market) });
	}

	private List<Field<?>> claimFields(Claim claim) {
		return List.of(
				Field.choice("claim.creditor", Messages.Claim_creditor, claim::getCreditor, claim::setCreditor, //$NON-NLS-1$
						data.creditors, c -> c == null ? "" : c.getName()).editable(name -> { //$NON-NLS-1$
							Creditor creditor = new Creditor();
							creditor.setName(name);
							return creditor;
						}),
				Field.<BigDecimal>parsed("claim.amount", Messages.Claim_amount, claim::getAmount, claim::setAmount, //$NON-NLS-1$
						Labels::money, Labels::parseMoney),
				Field.choice("claim.queue", Messages.Claim_queue, claim::getQueue, claim::setQueue, //$NON-NLS-1$
						List.of(ClaimQueue.values()), Labels::of),
				Field.choice("claim.status", Messages.Claim_status, claim::getStatus, claim::setStatus, //$NON-NLS-1$
						List.of(ClaimStatus.values()), Labels::of),
				Field.<LocalDate>parsed("claim.filedOn", Messages.Claim_filedOn, claim::getFiledOn, claim::setFiledOn, //$NON-NLS-1$
						Labels::date, Labels::parseDate),
				Field.text("claim.basis", Messages.Claim_basis, claim::getBasis, claim::setBasis).lines(3)); //$NON-NLS-1$
	}

	private List<Field<?>> meetingFields(Meeting meeting) {
		return List.of(
				Field.<LocalDateTime>parsed("meeting.heldAt", Messages.Meeting_heldAt, meeting::getHeldAt, //$NON-NLS-1$
						meeting::setHeldAt, Labels::dateTime, Labels::parseDateTime),
				Field.text("meeting.place", Messages.Meeting_place, meeting::getPlace, meeting::setPlace), //$NON-NLS-1$
				Field.text("meeting.agenda", Messages.Meeting_agenda, meeting::getAgenda, meeting::setAgenda).lines(4), //$NON-NLS-1$
				Field.text("meeting.result", Messages.Meeting_result, meeting::getResult, meeting::setResult).lines(3)); //$NON-NLS-1$
	}

	private List<Field<?>> letterFields(Correspondence letter) {
		List<Document> documents = new ArrayList<>();
		documents.add(null);
		documents.addAll(data.documents());
		return List.of(
				Field.choice("letter.direction", Messages.Letter_direction, letter::getDirection, letter::setDirection, //$NON-NLS-1$
						List.of(Direction.values()), Labels::of),
				Field.<LocalDate>parsed("letter.sentOn", Messages.Letter_sentOn, letter::getSentOn, letter::setSentOn, //$NON-NLS-1$
						Labels::date, Labels::parseDate),
				Field.text("letter.number", Messages.Letter_number, letter::getRefNumber, letter::setRefNumber), //$NON-NLS-1$
				Field.text("letter.counterparty", Messages.Letter_counterparty, letter::getCounterparty, //$NON-NLS-1$
						letter::setCounterparty),
				Field.text("letter.subject", Messages.Letter_subject, letter::getSubject, letter::setSubject).lines(3), //$NON-NLS-1$
				Field.choice("letter.document", Messages.Letter_document, letter::getDocument, letter::setDocument, //$NON-NLS-1$
						documents, d -> d == null ? Messages.Letter_noDocument : d.getFileName()));
	}

	private List<Field<?>> assetFields(Asset asset) {
		return List.of(
				Field.text("asset.name", Messages.Asset_name, asset::getName, asset::setName).lines(2), //$NON-NLS-1$
				Field.choice("asset.category", Messages.Asset_category, asset::getCategory, asset::setCategory, //$NON-NLS-1$
						List.of(AssetCategory.values()), Labels::of),
				Field.text("asset.inventoryNumber", Messages.Asset_inventoryNumber, asset::getInventoryNumber, //$NON-NLS-1$
						asset::setInventoryNumber),
				Field.<BigDecimal>parsed("asset.bookValue", Messages.Asset_bookValue, asset::getBookValue, //$NON-NLS-1$
						asset::setBookValue, Labels::money, Labels::parseOptionalMoney),
				Field.<BigDecimal>parsed("asset.marketValue", Messages.Asset_marketValue, asset::getMarketValue, //$NON-NLS-1$
						asset::setMarketValue, Labels::money, Labels::parseOptionalMoney),
				Field.<LocalDate>parsed("asset.inventoriedOn", Messages.Asset_inventoriedOn, asset::getInventoriedOn, //$NON-NLS-1$
						asset::setInventoriedOn, Labels::date, Labels::parseDate),
				Field.choice("asset.status", Messages.Asset_status, asset::getStatus, asset::setStatus, //$NON-NLS-1$
						List.of(AssetStatus.values()), Labels::of),
				Field.text("asset.note", Messages.Asset_note, asset::getNote, asset::setNote).lines(3)); //$NON-NLS-1$
	}

	private List<Field<?>> taskFields(Task task) {
		return List.of(
				Field.<LocalDate>parsed("task.dueOn", Messages.Task_dueOn, task::getDueOn, task::setDueOn, //$NON-NLS-1$
						Labels::date, Labels::parseDate),
				Field.text("task.title", Messages.Task_title, task::getTitle, task::setTitle).lines(2), //$NON-NLS-1$
				Field.flag("task.done", Messages.Task_done, task::isDone, task::setDone), //$NON-NLS-1$
				Field.<LocalDate>parsed("task.doneOn", Messages.Task_doneOn, task::getDoneOn, task::setDoneOn, //$NON-NLS-1$
						Labels::date, Labels::parseDate),
				Field.text("task.note", Messages.Task_note, task::getNote, task::setNote).lines(3)); //$NON-NLS-1$
	}
}
