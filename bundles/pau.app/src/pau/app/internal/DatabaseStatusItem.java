package pau.app.internal;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import pau.app.internal.common.Databases;
import pau.app.internal.common.Ids;
import pau.model.DataException;
import pau.store.ActiveDatabase;

/**
 * The status line's note of which database the window works on: the main database with its URL, or
 * the offline database. Updates when the active database changes.
 */
public final class DatabaseStatusItem extends ContributionItem {

	/** The item's id and the label's widget id. */
	public static final String ID = "pau.app.status.database"; //$NON-NLS-1$

	private CLabel label;
	private ActiveDatabase database;
	private final Runnable changed = () -> Display.getDefault().asyncExec(this::update);

	public DatabaseStatusItem() {
		super(ID);
	}

	@Override
	public void fill(Composite parent) {
		Label separator = new Label(parent, SWT.SEPARATOR);
		StatusLineLayoutData separatorData = new StatusLineLayoutData();
		separatorData.heightHint = 20;
		separator.setLayoutData(separatorData);
		label = new CLabel(parent, SWT.SHADOW_NONE);
		Ids.set(label, ID);
		StatusLineLayoutData data = new StatusLineLayoutData();
		data.widthHint = 520;
		label.setLayoutData(data);
		try {
			database = Databases.active();
			database.addListener(changed);
		} catch (DataException e) {
			database = null;
		}
		update();
	}

	/** The text for the active database; reads settings only, never opens a connection. */
	public static String text(ActiveDatabase database) {
		if (database == null) {
			return Messages.Status_noDatabase;
		}
		if (database.isOffline()) {
			return Messages.Status_offline;
		}
		if (database.heldReason() != null) {
			return Messages.Status_offlineHeld;
		}
		return Messages.bind(Messages.Status_main, database.mainSettings().place());
	}

	@Override
	public void update() {
		if (label != null && !label.isDisposed()) {
			String text = text(database);
			label.setText(text);
			// The whole URL for whoever needs it (support, a colleague's settings): in the tool tip.
			boolean main = database != null && !database.isOffline() && database.heldReason() == null;
			label.setToolTipText(main ? text + "\n" + database.mainSettings().url() : text); //$NON-NLS-1$
		}
	}

	@Override
	public void dispose() {
		if (database != null) {
			database.removeListener(changed);
		}
		super.dispose();
	}
}
