package pau.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 4: the built product started with a main database that cannot be reached opens its window
 * and says so in a dialog, instead of crashing.
 */
@ResourceLock(Desk.SCREEN)
class GuiStartTest {

	@TempDir
	Path dir;

	@Test
	void mainDatabaseUnreachableAtStartGivesAClearDialogNotACrash() throws Exception {
		String display = System.getenv("DISPLAY");
		Assumptions.assumeTrue(display != null && !display.isBlank(), "needs a display (the test command runs under Xvfb)");
		Path workspace = dir.resolve("workspace");
		int port = ProductProcess.freePort();
		ProductProcess.useMainDatabase(workspace, "jdbc:h2:tcp://localhost:" + port + "/nowhere");

		Process gui = ProductProcess.gui(workspace, display);
		try {
			String titles = "";
			long deadline = System.currentTimeMillis() + 90_000;
			while (System.currentTimeMillis() < deadline && gui.isAlive()) {
				titles = ProductProcess.windowTitles(display);
				if (titles.contains("\"Database Error")) {
					break;
				}
				gui.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS); // also ends the wait if it crashes
			}
			assertTrue(gui.isAlive(), "PAU Desk keeps running; its log:\n" + log(workspace));
			assertTrue(titles.contains("\"Database Error"), "an error dialog is shown; windows:\n" + titles);
			assertTrue(titles.contains("\"PAU Desk"), "the main window is open; windows:\n" + titles);
		} finally {
			gui.destroy();
			if (!gui.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				gui.destroyForcibly();
			}
		}
	}

	private static String log(Path workspace) throws Exception {
		Path log = workspace.resolve("gui.log");
		return Files.exists(log) ? Files.readString(log) : "(none)";
	}
}
