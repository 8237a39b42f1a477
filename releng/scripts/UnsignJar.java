import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files (META-INF/*.SF, .RSA, .DSA, .EC) from jars, in place (a copy renamed over
 * the jar). Run by make-class-archive.sh as a single-file program: java UnsignJar.java JAR...
 * Used on the Equinox launcher and framework of the built product only: nothing in the product checks
 * their signatures (Equinox's signed-content support is off), while the JVM verified the launcher's at
 * every start and class-data sharing leaves out every class of a signed jar.
 */
public final class UnsignJar {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
			Pattern.CASE_INSENSITIVE);

	private UnsignJar() {
	}

	public static void main(String[] args) throws IOException {
		for (String name : args) {
			Path jar = Path.of(name);
			Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
			int removed = 0;
			try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
					ZipOutputStream out = new ZipOutputStream(file)) {
				for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					if (SIGNATURE.matcher(entry.getName()).matches()) {
						removed++;
						continue;
					}
					ZipEntry kept = new ZipEntry(entry.getName());
					kept.setTime(entry.getTime());
					out.putNextEntry(kept);
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
				}
			}
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			System.out.println("Unsigned " + jar.getFileName() + " (" + removed + " signature files removed)");
		}
	}
}
