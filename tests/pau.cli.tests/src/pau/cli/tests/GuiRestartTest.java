package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 19: a lawyer's week is several sittings. The built product is quit with File › Exit, killed,
 * and started again on the same workspace, and driven by real X input events ({@link Desk}), not by
 * calls on widgets.
 */
@ResourceLock(Desk.SCREEN)
class GuiRestartTest {

	private static final String KEY = "restart-key";
	/** The main window's title suffix while offline (xwininfo lists titles with a space after them). */
	private static final String OFFLINE_TITLE = "\u2014 Offline mode";

	@TempDir
	Path dir;

	private Process server;
	private Path workspace;
	private Desk desk;

	@BeforeEach
	void goOffline() throws Exception {
		String display = Desk.display();
		int port = ProductProcess.freePort();
		server = ProductProcess.server(port, dir.resolve("server"));
		String url = "jdbc:h2:tcp://localhost:" + port + "/main";
		workspace = dir.resolve("workspace");
		desk = new Desk(display, workspace, "en");
		assertEquals(0, cli("demo-data", "--main", url, "--procedures", "2", "--seed", "19").exitCode());
		assertEquals(0, cli("go-offline", "--main", url, "--all").exitCode());
	}

	@AfterEach
	void stop() throws Exception {
		Desk.stop(desk, server);
	}

	@Test
	void r2_r4_offlineKilledQuitAndStartedAgainTheDropDownOpensByAClickAndSwitchesToMain() throws Exception {
		start();
		desk.kill(); // start after a kill
		start();
		desk.quitWithFileExit();
		start(); // the saved workbench state of the previous sitting

		desk.clickStatusWidgetArrow("Offline mode");
		desk.key("Down", "Down", "Return"); // the status line, then "Switch to main mode…"
		desk.waitForWindow("Synchronization preview");
		desk.key("Return");
		// Main mode once the title loses its suffix; then "You have successfully switched…" (not the progress
		// dialog of the same title, which came first).
		desk.waitUntil("the title without \"Offline mode\" and the message",
				titles -> !titles.contains(OFFLINE_TITLE) && titles.contains("\"Switch to main mode"));
		desk.waitForFocus("Switch to main mode");
		desk.key("Return");
		desk.waitForWindow("Synchronization report");
		desk.key("Escape");
		desk.quitWithFileExit();

		assertTrue(cli("status", "--json").out().contains("\"mode\":\"main\""), "back in main mode");
	}

	@Test
	void b17_damagedCopyAtStartIsRecoveredFromTheDialogAndTheNextSyncMerges() throws Exception {
		Path copy;
		try (Stream<Path> copies = Files.list(workspace.resolve("offline"))) {
			copy = copies.findFirst().orElseThrow().resolve("offline.mv.db");
		}
		try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
			channel.truncate(Files.size(copy) - 64 * 1024); // the laptop lost the file's newest part
		}
		start();
		desk.waitForWindow("Offline Database Damaged");
		desk.key("Return"); // Restore Backup, the default
		desk.waitForWindow("Offline Database Recovered");
		desk.key("Return");
		desk.quitWithFileExit();

		String status = cli("status", "--json").out();
		assertTrue(status.contains("\"mode\":\"offline\""), status);
		assertEquals(0, cli("sync").exitCode(), "the recovered copy is handed in");
	}

	private ProductProcess.Result cli(String... arguments) throws Exception {
		return ProductProcess.cliIn(workspace, KEY, Map.of(), arguments);
	}

	/** Starts PAU Desk on the workspace and waits for its offline window (a key-store notice is dismissed). */
	private void start() throws Exception {
		desk.start(Map.of("PAU_OFFLINE_KEY", KEY), OFFLINE_TITLE);
		// The start-up notices come just after the window: the key-store one (no Secret Service) is dismissed.
		// Without one it comes in the first seconds; with one (the test command) there is none to wait for.
		if (desk.appears("Keys Kept in a File", 5_000)) {
			desk.waitForFocus("Keys Kept in a File");
			desk.key("Return");
		}
	}
}
