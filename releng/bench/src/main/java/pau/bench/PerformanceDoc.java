package pau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the measured table into docs/performance.md between two markers, so that the text around it (what the
 * figures say) stays as written; a missing file is created with the markers.
 */
final class PerformanceDoc {

	static final String BEGIN = "<!-- benchmark: begin (written by releng/scripts/benchmark.sh --write-docs) -->";
	static final String END = "<!-- benchmark: end -->";

	private PerformanceDoc() {
	}

	static void write(Path file, String measured) throws IOException {
		String section = BEGIN + "\n" + measured.strip() + "\n" + END;
		String text;
		if (Files.exists(file)) {
			text = Files.readString(file);
			int begin = text.indexOf(BEGIN);
			int end = text.indexOf(END);
			if (begin < 0 || end < begin) {
				throw new IOException(file + " has no benchmark markers; add the two lines " + BEGIN + " and " + END);
			}
			text = text.substring(0, begin) + section + text.substring(end + END.length());
		} else {
			text = "# Performance\n\n" + section + "\n";
		}
		Files.writeString(file, text);
	}
}
