package pau.sync.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Damage to an offline database file that H2 itself cannot see: bytes changed inside the decrypted
 * content of the AES-encrypted file (what a failing disk or a tampering hand does), written back
 * encrypted, so the file opens as before and only the program's own checks can tell. The file is
 * reached through H2's encrypting channel ({@code org.h2.store.fs.encrypt}, not exported by the H2
 * bundle: by reflection), with the key H2 derives from the file password.
 */
final class FileDamage {

	private FileDamage() {
	}

	/**
	 * Changes {@code length} bytes (XOR {@code mask}) of the decrypted file starting {@code skip} bytes after every place
	 * where {@code needle} occurs (the file may still hold older copies of a page: all are changed).
	 *
	 * @return how many places were changed
	 * @throws AssertionError when the needle is not in the file
	 */
	static int changeAfter(Path file, String filePassword, byte[] needle, int skip, int length, int mask) throws Exception {
		try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileChannel plain = decrypted(file, filePassword, base);
			long size = plain.size();
			int changedPlaces = 0;
			for (long at = find(plain, size, needle, 0); at >= 0; at = find(plain, size, needle, at + 1)) {
				ByteBuffer bytes = ByteBuffer.allocate(length);
				plain.read(bytes, at + skip);
				byte[] changed = bytes.array();
				for (int i = 0; i < changed.length; i++) {
					changed[i] ^= (byte) mask;
				}
				plain.write(ByteBuffer.wrap(changed), at + skip);
				changedPlaces++;
			}
			if (changedPlaces == 0) {
				throw new AssertionError("not found in " + file);
			}
			plain.force(true);
			return changedPlaces;
		}
	}

	private static long find(FileChannel plain, long size, byte[] needle, long from) throws Exception {
		int window = 1 << 20;
		ByteBuffer buffer = ByteBuffer.allocate(window + needle.length);
		for (long start = from; start < size; start += window) {
			buffer.clear();
			buffer.limit((int) Math.min(buffer.capacity(), size - start));
			long position = start;
			while (buffer.hasRemaining() && position < size) {
				int n = plain.read(buffer, position);
				if (n <= 0) {
					break;
				}
				position += n;
			}
			byte[] data = buffer.array();
			int limit = buffer.position() - needle.length;
			outer: for (int i = 0; i <= limit; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (data[i + j] != needle[j]) {
						continue outer;
					}
				}
				return start + i;
			}
		}
		return -1;
	}

	/** H2's decrypting view of the file (header skipped), with the key H2 derives from the file password. */
	private static FileChannel decrypted(Path file, String filePassword, FileChannel base) throws Exception {
		ClassLoader h2 = org.h2.tools.Server.class.getClassLoader();
		Class<?> pathEncrypt = h2.loadClass("org.h2.store.fs.encrypt.FilePathEncrypt");
		Class<?> fileEncrypt = h2.loadClass("org.h2.store.fs.encrypt.FileEncrypt");
		char[] key = filePassword.toCharArray();
		for (int i = 0; i < key.length; i++) {
			key[i] = (char) (key[i] & 0xFF); // as H2's Store.decodePassword reads the file password
		}
		Method passwordBytes = pathEncrypt.getMethod("getPasswordBytes", char[].class);
		Constructor<?> open = fileEncrypt.getConstructor(String.class, byte[].class, FileChannel.class);
		return (FileChannel) open.newInstance(file.toString(), passwordBytes.invoke(null, (Object) key), base);
	}
}
