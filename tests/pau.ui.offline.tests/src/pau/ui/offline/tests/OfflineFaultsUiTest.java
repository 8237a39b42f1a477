package pau.ui.offline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pau.model.Procedure;
import pau.store.Store;
import pau.ui.offline.internal.Messages;
import pau.ui.offline.internal.WidgetIds;
import pau.ui.offline.tests.pages.GoOfflineWizardBot;
import pau.ui.testkit.BotIds;
import pau.ui.testkit.BotShell;
import pau.ui.testkit.Condition;

/**
 * The offline mode's faults in the real product, driven through the UI: a disk that fills up while a copy
 * is written (B10) and a copy damaged on the laptop (B17); the main database is an H2 TCP server started for
 * each test. The scenarios that go right are in {@link OfflineModeUiTest}.
 */
class OfflineFaultsUiTest extends OfflineUiFixture {

	@Test
	void b10_diskFullWhileGoingOffline_dialogSaysSoAndNothingIsLeft() throws Exception {
		// A real full disk: a small tmpfs mounted where the offline copies are written (needs root).
		java.nio.file.Path copies = java.nio.file.Files.createDirectories(pau.store.Workspace.directory().resolve("offline"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", copies.toString())
				.redirectErrorStream(true).start();
		org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "mounting a small tmpfs needs root");
		try {
			GoOfflineWizardBot wizard = GoOfflineWizardBot.open(bot).waitForProcedures(6);
			wizard.selectAll().click();
			bot.waitUntil(Condition.of("next enabled", () -> wizard.next().widget().isEnabled()));
			wizard.next().click();
			bot.waitUntil(Condition.of("disk full dialog", () -> BotIds.exists(bot, org.eclipse.swt.widgets.Button.class,
					WidgetIds.BUTTON_PREFIX + "goOfflineDiskFull.0")), 60_000);
			Screens.screenshot(bot, "offline-wizard-disk-full-" + NL);
			// Issue 12: the cause in words; what the program reported only behind "Details".
			String details = wizard.diskFullDetails();
			assertTrue(details.contains("SyncException"), details);
			Screens.screenshot(bot, "offline-wizard-disk-full-details-" + NL);
			String text = wizard.acknowledgeDiskFull();
			assertTrue(text.contains("en".equals(NL) ? "the disk is full" : "диск заполнен"), text);
			assertFalse(text.contains("Exception"), text);
			// The title area keeps two lines; the whole message, path and advice included, is under the list.
			assertEquals(Messages.GoOffline_failedHeadline, wizard.errorOrMessage());
			assertEquals(text.strip(), wizard.problem());
			assertTrue(wizard.problemFullyShown(), "every line of the message is readable");
			Screens.screenshot(bot, "offline-wizard-disk-full-page-" + NL);
			assertFalse(main.offline.state().isOffline());
			try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(copies)) {
				assertEquals(0, left.count(), "the half-written copy is removed");
			}
			assertTrue(main.offline.checkouts().isEmpty(), "main untouched: no checkout recorded");
			wizard.cancel().click();
			wizard.waitUntilClosed();
		} finally {
			new ProcessBuilder("umount", "-l", copies.toString()).start().waitFor();
		}
	}

	@Test
	void b17_damagedOfflineDatabaseIsNamedAtSwitchingAndItsBackupRestoredInOneAction() throws Exception {
		Procedure first = goOfflineWithFirstProcedure();
		java.nio.file.Path file = main.offline.state().offlineDirectory().resolve("offline.mv.db");
		main.active.activateMain(); // closed, as after quitting; then the laptop damages the file
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
				java.nio.file.StandardOpenOption.WRITE)) {
			// Cut to its header (two 4 KB blocks): cutting only the end left the copy whole when H2 had put
			// its newest chunk into free space inside the file (1 run in 3).
			channel.truncate(8 * 1024);
		}
		String court = main.mainCourt(first.getId());
		bot.waitUntil(Condition.of("status widget", widget::isVisible));
		bot.waitUntil(Condition.of("connected", () -> Messages.Widget_connected.equals(widget.statusText())), 10_000);
		widget.open();
		widget.clickSynchronize();

		BotShell offer = bot.shell(Messages.Recover_title);
		assertNotNull(main.active.heldReason(), "as the offer says, the window shows no records until a choice is made");
		Screens.screenshot(bot, "offline-damaged-" + NL);
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "recoverOffer.0").click();
		BotIds.waitUntilClosed(bot, offer);
		var ok = BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "recoverDone.0");
		BotShell done = bot.shell(Messages.Recover_doneTitle);
		Screens.screenshot(bot, "offline-recovered-" + NL);
		ok.click();
		BotIds.waitUntilClosed(bot, done);

		assertEquals(court, main.mainCourt(first.getId()), "nothing damaged reached main");
		assertTrue(main.offline.state().isOffline(), "still offline, with the restored copy");
		assertEquals(null, main.offline.damage());
		assertEquals(Store.Kind.OFFLINE, main.active.current().kind());

		widget.open();
		widget.clickRecover(); // intact now: says so and changes nothing
		BotShell intact = bot.shell(Messages.Recover_doneTitle);
		BotIds.button(bot, WidgetIds.BUTTON_PREFIX + "recoverIntact.0").click();
		BotIds.waitUntilClosed(bot, intact);
	}
}
