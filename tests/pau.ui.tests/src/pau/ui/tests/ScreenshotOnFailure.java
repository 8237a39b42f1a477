package pau.ui.tests;

import java.io.File;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import pau.ui.testkit.Bot;

/**
 * Saves a screenshot to target/screenshots when a test fails.
 */
public class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		try {
			new Bot().screenshot(new File("target/screenshots/FAILED-" + context.getRequiredTestClass().getSimpleName()
					+ "-" + context.getRequiredTestMethod().getName() + ".png"));
		} catch (RuntimeException e) {
			// a screenshot is a help, not a requirement
		}
	}
}
