package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import pau.app.internal.common.Databases;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.model.RecordStore;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.store.DemoData;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.ui.testkit.Bot;
import pau.ui.testkit.Condition;
import pau.ui.tests.pages.ProceduresViewBot;

/**
 * Issue 21 item 6: a large office's procedures in the virtual tree, as a person meets them: all debtors
 * listed, a procedure found by its case number, the filter cleared, the end of the list reached with the
 * End key (a real key press), a procedure far down selected and shown. More procedures than the view opens
 * at once, so the rows are made as they come into sight.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LargeOfficeTest {

	private static final int PROCEDURES = 1_500;

	private final Bot bot = new Bot();
	private final ProceduresViewBot view = new ProceduresViewBot(bot);
	private ActiveDatabase database;
	private DatabaseSettings original;
	private Path dir;

	@BeforeEach
	void largeMain() throws Exception {
		dir = Files.createTempDirectory("pau-large-office");
		DatabaseSettings large = new DatabaseSettings("jdbc:h2:file:" + dir.resolve("main"), "sa", "");
		BundleContext context = FrameworkUtil.getBundle(LargeOfficeTest.class).getBundleContext();
		StoreFactory factory = context.getService(context.getServiceReference(StoreFactory.class));
		try (Store store = factory.createMain(large); Connection connection = store.dataSource().getConnection()) {
			DemoData.generate(connection, new DemoData.Options(PROCEDURES, 0, 21), line -> {
			});
		}
		database = Databases.active();
		original = database.mainSettings();
		view.waitLoaded();
		database.setMainSettings(large);
	}

	@AfterEach
	void originalMain() {
		database.setMainSettings(original);
		bot.waitUntil(Condition.of("the procedures of the first main again", () -> view.topLevelCount() < 100));
	}

	@Test
	void issue21_item6_aLargeOfficeIsListedFoundClearedScrolledToItsEndAndSelectedFarDown() {
		RecordStore records = database.main().records();
		List<Enterprise> debtors = records.all(Enterprise.class);
		List<Procedure> procedures = records.all(Procedure.class);
		assertEquals(PROCEDURES, procedures.size());
		bot.waitUntil(Condition.of("every debtor listed", () -> view.topLevelCount() == debtors.size()), 60_000);

		String caseNumber = procedures.get(PROCEDURES / 2).getCaseNumber();
		view.filter(caseNumber);
		bot.waitUntil(Condition.of("the procedure found", () -> view.column(2).contains(caseNumber)));
		assertTrue(view.topLevelCount() < 5, "only the debtors whose texts hold " + caseNumber);

		view.filter("");
		bot.waitUntil(Condition.of("every debtor again", () -> view.topLevelCount() == debtors.size()));
		Tree tree = view.tree();
		String last = debtors.get(debtors.size() - 1).getName();
		bot.syncExec(() -> {
			tree.getShell().forceActive();
			tree.setFocus();
		});
		press(SWT.END);
		bot.waitUntil(Condition.of("the last debtor drawn at the end of the list", () -> bot.syncExec(() -> {
			int count = tree.getItemCount();
			return tree.getItem(count - 1).getText(0).equals(last)
					&& tree.getTopItem() != null && tree.indexOf(tree.getTopItem()) > count - 100;
		})));

		bot.screenshot(new java.io.File("target/screenshots/large-office-end-" + org.eclipse.core.runtime.Platform.getNL() + ".png"));

		Procedure farDown = procedures.get(PROCEDURES - 3);
		view.select(farDown);
		assertEquals(farDown, bot.syncExec(() -> view.view().selected()));
	}

	/** A key pressed and released, through the display server, as a person presses it. */
	private void press(int key) {
		bot.syncExec(() -> {
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event event = new Event();
				event.type = type;
				event.keyCode = key;
				bot.display().post(event);
			}
		});
	}
}
