package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Issue 12: our NLS fragments of the platform bundles (bundles/pau.nl.*.ru) are installed, attached
 * to their hosts, translate only keys the host has (a misspelt key would silently stay English), keep
 * the host's {0} arguments, and are what JFace answers in Russian.
 */
class PlatformTranslationsTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}"); //$NON-NLS-1$
	private static final List<String> FRAGMENTS = List.of("pau.nl.jface.ru", "pau.nl.workbench.ru", "pau.nl.ui.ru", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"pau.nl.e4.renderers.ru", "pau.nl.forms.ru", "pau.nl.jobs.ru"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void b7_everyFragmentTranslatesKeysOfItsHost_withTheSameArguments() throws IOException {
		Bundle self = FrameworkUtil.getBundle(PlatformTranslationsTest.class);
		List<String> problems = new ArrayList<>();
		for (String name : FRAGMENTS) {
			Bundle fragment = Platform.getBundle(name);
			assertNotNull(fragment, name + " is installed"); //$NON-NLS-1$
			assertEquals(Bundle.RESOLVED, fragment.getState(), name + " is attached to its host"); //$NON-NLS-1$
			String hostName = fragment.getHeaders("").get(Constants.FRAGMENT_HOST).split(";")[0].strip(); //$NON-NLS-1$ //$NON-NLS-2$
			Bundle host = Platform.getBundle(hostName);
			assertNotNull(host, hostName);
			var entries = fragment.findEntries("/", "*_ru.properties", true); //$NON-NLS-1$ //$NON-NLS-2$
			assertNotNull(entries, name + " has Russian files"); //$NON-NLS-1$
			for (URL russianUrl : Collections.list(entries)) {
				String path = russianUrl.getPath().replace("_ru.properties", ".properties"); //$NON-NLS-1$ //$NON-NLS-2$
				URL englishUrl = host.getEntry(path);
				if (englishUrl == null) {
					problems.add(hostName + " has no " + path); //$NON-NLS-1$
					continue;
				}
				Properties english = load(englishUrl);
				Properties russian = load(russianUrl);
				for (String key : russian.stringPropertyNames()) {
					if (!english.containsKey(key)) {
						problems.add(name + path + ": " + key + " is not a key of " + hostName); //$NON-NLS-1$ //$NON-NLS-2$
					} else if (!arguments(english.getProperty(key)).equals(arguments(russian.getProperty(key)))
							&& !"ExpandableNode.showRemaining".equals(key)) { // {1} is the English plural "s" //$NON-NLS-1$
						problems.add(name + path + ": " + key + " has other arguments than " + hostName); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
		}
		assertTrue(self != null && problems.isEmpty(), String.join("\n", problems)); //$NON-NLS-1$
	}

	@Test
	void b7_jfaceAnswersInTheUiLanguage() {
		boolean russian = Platform.getNL().startsWith("ru"); //$NON-NLS-1$
		assertEquals(russian ? "\u041e\u0442\u043c\u0435\u043d\u0430" : "Cancel", IDialogConstants.CANCEL_LABEL); // Отмена
		assertEquals(russian ? "\u0412\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0435" : "Progress Information", // Выполнение
				JFaceResources.getString("ProgressMonitorDialog.title")); //$NON-NLS-1$
		assertEquals(russian ? "\u0412\u044b\u043f\u043e\u043b\u043d\u044f\u0435\u0442\u0441\u044f \u043e\u043f\u0435\u0440\u0430\u0446\u0438\u044f..." // Выполняется операция...
				: "Operation in progress...", JFaceResources.getString("ProgressMonitorDialog.message")); //$NON-NLS-1$
		assertFalse(IDialogConstants.SHOW_DETAILS_LABEL.isEmpty());
	}
}
