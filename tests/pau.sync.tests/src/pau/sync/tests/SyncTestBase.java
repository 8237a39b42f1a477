package pau.sync.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh main database ({@link SyncFixture}) for every test, and main mode restored afterwards.
 */
abstract class SyncTestBase {

	@TempDir
	Path dir;
	SyncFixture f;

	@BeforeEach
	void startFixture() throws Exception {
		f = new SyncFixture(dir);
	}

	@AfterEach
	void closeFixture() {
		f.close();
	}
}
