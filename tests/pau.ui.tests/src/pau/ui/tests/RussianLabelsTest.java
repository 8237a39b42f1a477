package pau.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import pau.app.internal.common.Labels;
import pau.app.internal.views.Messages;
import pau.app.internal.views.ProceduresView;
import pau.model.ProcedureType;
import pau.ui.testkit.Bot;
import pau.ui.tests.pages.ProceduresViewBot;

/**
 * B7: every text of pau.app is translated; the UI shows the texts of the language it runs in
 * ({@code -Dpau.test.nl=ru} runs the same tests in Russian).
 */
class RussianLabelsTest {

	private static final List<String> MESSAGES = List.of("pau/app/internal/messages", "pau/app/internal/common/messages",
			"pau/app/internal/views/messages", "pau/app/internal/editors/messages", "pau/app/internal/handlers/messages",
			"plugin");

	private final Bot bot = new Bot();

	private static Properties load(Bundle bundle, String path) throws IOException {
		URL url = bundle.getEntry(path);
		assertNotNull(url, path);
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void b7_everyEnglishTextHasARussianTranslation() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(ProceduresView.class);
		for (String base : MESSAGES) {
			Properties english = load(bundle, base + ".properties");
			Properties russian = load(bundle, base + "_ru.properties");
			Set<String> missing = new TreeSet<>(english.stringPropertyNames());
			missing.removeAll(russian.stringPropertyNames());
			assertTrue(missing.isEmpty(), base + "_ru.properties lacks " + missing);
			Set<String> extra = new TreeSet<>(russian.stringPropertyNames());
			extra.removeAll(english.stringPropertyNames());
			assertTrue(extra.isEmpty(), base + "_ru.properties has keys English lacks: " + extra);
		}
	}

	@Test
	void b7_proceduresViewShowsTheLabelsOfTheRunningLanguage() {
		new ProceduresViewBot(bot).waitLoaded();
		List<String> headers = bot.syncExec(() -> {
			var tree = bot.widgetById(org.eclipse.swt.widgets.Tree.class, "procedures.tree");
			return java.util.Arrays.stream(tree.getColumns()).map(c -> c.getText()).toList();
		});
		assertEquals(List.of(Messages.Column_debtor, Messages.Column_type, Messages.Column_case, Messages.Column_status,
				Messages.Column_start, Messages.Column_offline), headers);
		if (Platform.getNL().startsWith("ru")) {
			assertEquals("\u041a\u043e\u043d\u043a\u0443\u0440\u0441\u043d\u043e\u0435 \u043f\u0440\u043e\u0438\u0437\u0432\u043e\u0434\u0441\u0442\u0432\u043e",
					Labels.of(ProcedureType.BANKRUPTCY_PROCEEDINGS)); // Конкурсное производство
			assertEquals("\u0414\u043e\u043b\u0436\u043d\u0438\u043a", headers.get(0)); // Должник
			// one term per concept (issue 12): the wizard's and the seed's "Тип процедуры", "Статус"
			assertEquals("\u0422\u0438\u043f \u043f\u0440\u043e\u0446\u0435\u0434\u0443\u0440\u044b", headers.get(1));
			assertEquals("\u0421\u0442\u0430\u0442\u0443\u0441", headers.get(3));
		} else {
			assertEquals("Bankruptcy proceedings", Labels.of(ProcedureType.BANKRUPTCY_PROCEEDINGS));
			assertEquals("Debtor", headers.get(0));
		}
	}
}
