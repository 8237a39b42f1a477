package pau.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.model.Document;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.store.Store;
import pau.store.StoreFactory;

/**
 * Documents are streamed: a 200 MB document round-trips over TCP while this test JVM has a 256 MB
 * heap (set for this test bundle in its build.properties).
 */
class DocumentStreamingTest {

	private static final long SIZE = 200L * 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void documents_200MbRoundTripInA256MbHeap() throws Exception {
		assertTrue(Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024,
				"the test runs with a small heap, max " + Runtime.getRuntime().maxMemory());
		Server server = TestDatabases.startServer(dir);
		try (Store store = TestDatabases.service(StoreFactory.class).createMain(TestDatabases.tcp(server, "docs"))) {
			Enterprise enterprise = store.records().save(RecordStoreTest.enterprise("ООО «Архив»"));
			Procedure procedure = store.records().save(RecordStoreTest.procedure(enterprise, "А40-200/2024"));
			Document document = new Document();
			document.setProcedure(procedure);
			document.setFileName("big.bin");
			document.setMediaType("application/octet-stream");

			Document saved = store.records().documents().attach(document, new PatternStream(SIZE));

			assertEquals(SIZE, saved.getSizeBytes());
			assertEquals(expectedSha256(), saved.getSha256());
			DigestingSink sink = new DigestingSink();
			assertEquals(SIZE, store.records().documents().copyTo(saved.getId(), sink));
			assertEquals(SIZE, sink.count);
			assertEquals(saved.getSha256(), HexFormat.of().formatHex(sink.digest.digest()));
			System.out.printf("200 MB document streamed; heap max %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
		} finally {
			server.stop();
		}
	}

	private static String expectedSha256() throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = new PatternStream(SIZE)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static final class DigestingSink extends OutputStream {
		final MessageDigest digest;
		long count;

		DigestingSink() throws Exception {
			digest = MessageDigest.getInstance("SHA-256");
		}

		@Override
		public void write(int b) {
			digest.update((byte) b);
			count++;
		}

		@Override
		public void write(byte[] buffer, int offset, int length) throws IOException {
			digest.update(buffer, offset, length);
			count += length;
		}
	}
}
