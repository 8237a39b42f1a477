package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import pau.app.internal.common.Databases;
import pau.app.internal.views.Messages;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.store.SchemaInfo;
import pau.store.Store;
import pau.store.StoreFactory;
import pau.ui.testkit.Bot;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;
import pau.ui.tests.pages.ProceduresViewBot;

/**
 * B11 "or migrated" in the GUI: a main database of the previous release is offered an upgrade when the
 * procedures view meets it; accepted, it is upgraded in a job and its procedures are listed.
 */
@org.junit.jupiter.api.extension.ExtendWith(ScreenshotOnFailure.class)
class MainUpgradeTest {

	private final Bot bot = new Bot();
	private final ProceduresViewBot view = new ProceduresViewBot(bot);

	@Test
	void b11_anOlderMainIsOfferedTheUpgradeAndThenListed() throws Exception {
		ActiveDatabase database = Databases.active();
		DatabaseSettings original = database.mainSettings();
		view.waitLoaded();
		Path dir = Files.createTempDirectory("pau-old-main");
		DatabaseSettings old = new DatabaseSettings("jdbc:h2:file:" + dir.resolve("old"), "sa", "");
		previousRelease(old);
		String language = Locale.getDefault().getLanguage();
		try {
			database.setMainSettings(old);
			BotShell offer = bot.shell(Messages.MainUpgrade_title);
			bot.screenshot(new File("target/screenshots/main-upgrade-offer-" + language + ".png"));
			offer.bot().button(Bot.strip(Messages.MainUpgrade_upgrade)).click();
			offer.waitUntilClosed();
			BotShell done = bot.shell(Messages.MainUpgrade_title);
			bot.screenshot(new File("target/screenshots/main-upgrade-done-" + language + ".png"));
			done.close();
			bot.waitUntil(Condition.of("the procedures of the upgraded main to be listed", () -> view.topLevelCount() == 1));
			assertEquals(SchemaInfo.VERSION, database.main().schemaVersion());
		} finally {
			database.setMainSettings(original);
		}
		bot.waitUntil(Condition.of("the original procedures to come back", () -> view.topLevelCount() > 1));
	}

	/** A main database as release 1.0 left it: one debtor's procedure, no ASSETS or TASKS, version 1. */
	private static void previousRelease(DatabaseSettings settings) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(MainUpgradeTest.class).getBundleContext();
		StoreFactory factory = context.getService(context.getServiceReference(StoreFactory.class));
		try (Store store = factory.createMain(settings); Connection connection = store.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO ENTERPRISES (ID, VERSION, NAME) VALUES (RANDOM_UUID(), 1, 'ООО «Старая база»')");
			statement.execute("INSERT INTO PROCEDURES (ID, VERSION, ENTERPRISE_ID, TYPE, CASE_NUMBER, STATUS) "
					+ "SELECT RANDOM_UUID(), 1, ID, 'OBSERVATION', 'А40-11/2025', 'ACTIVE' FROM ENTERPRISES");
			for (String sql : new String[] { "DROP TABLE ASSETS", "DROP TABLE TASKS", "DROP TABLE DATABASECHANGELOG",
					"DROP TABLE DATABASECHANGELOGLOCK", "DROP INDEX OFFLINE_CHECKOUTS_CHECKOUT",
					"UPDATE SCHEMA_INFO SET SCHEMA_VERSION = 1" }) {
				statement.execute(sql);
			}
		}
	}
}
