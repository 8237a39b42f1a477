package pau.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pau.store.tests.TestPostgres;
import pau.sync.SyncReport;
import pau.sync.SyncReport.Kind;
import pau.sync.internal.FaultInjection;
import pau.sync.internal.FaultInjection.Point;

/**
 * B3 under load: a synchronization completes while four colleagues keep writing, by plain SQL, the
 * very rows that were changed offline; main wins (M1) for every field a colleague wrote, every other
 * offline change arrives, nothing is inserted twice (M6) and no colleague's write is lost.
 */
class ConcurrentSyncTest {

	private static final int ROWS = 300;
	private static final int CREATED_OFFLINE = 10;
	/** A scanned document created offline: its streaming keeps the transaction open a while. */
	private static final int DOCUMENT_BYTES = 16 * 1024 * 1024;
	private static final int WRITES_PER_SECOND = 10;

	@TempDir
	Path dir;

	@Test
	void b3_syncCompletesWhileFourClientsWrite_h2() throws Exception {
		try (SyncFixture f = new SyncFixture(dir)) {
			syncWhileClientsWrite(f, "H2");
		}
	}

	@Test
	void b3_syncCompletesWhileFourClientsWrite_postgres() throws Exception {
		try (TestPostgres postgres = new TestPostgres(); SyncFixture f = new SyncFixture(dir, postgres.settings)) {
			syncWhileClientsWrite(f, "PostgreSQL");
		}
	}

	@Test
	void b3_aParentDeletedByAColleagueDuringTheSyncIsBroughtBackByTheNextAttempt_h2() throws Exception {
		try (SyncFixture f = new SyncFixture(dir)) {
			UUID creditor = UUID.randomUUID();
			SyncFixture.exec(f.mainDb(), "INSERT INTO CREDITORS (ID, VERSION, NAME) VALUES (?, 1, 'ООО «Поставщик»')", creditor);
			// Its claim in the procedure takes the creditor offline (B9: only referenced creditors go).
			UUID mainClaim = UUID.randomUUID();
			SyncFixture.exec(f.mainDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
					+ "VALUES (?, 1, ?, ?, 5, 'THIRD', 'FILED')", mainClaim, f.procedure, creditor);
			f.goOffline();
			UUID claim = UUID.randomUUID();
			SyncFixture.exec(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
					+ "VALUES (?, 1, ?, ?, 7, 'THIRD', 'FILED')", claim, f.procedure, creditor);
			// Planned while the creditor exists; deleted before the claim is inserted: a foreign-key violation.
			FaultInjection.interleave(Point.AFTER_PLANNING, () -> {
				try {
					SyncFixture.exec(f.mainDb(), "DELETE FROM CLAIMS WHERE ID = ?", mainClaim);
					SyncFixture.exec(f.mainDb(), "DELETE FROM CREDITORS WHERE ID = ?", creditor);
				} catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			});

			SyncReport report = f.offline.synchronize(new NullProgressMonitor());

			assertEquals(creditor, SyncFixture.value(f.mainDb(), "SELECT CREDITOR_ID FROM CLAIMS WHERE ID = ?", claim));
			assertEquals(1L, count(f, "SELECT COUNT(*) FROM CREDITORS WHERE ID = ?", creditor), "M2 on the next attempt");
			assertTrue(report.entries(Kind.RESTORED).stream().anyMatch(e -> e.recordId().equals(creditor)),
					report.entries().toString());
		}
	}

	private static void syncWhileClientsWrite(SyncFixture f, String kind) throws Exception {
		List<UUID> claims = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			UUID id = UUID.randomUUID();
			rows.add(new Object[] { id, f.procedure, f.creditor1 });
			claims.add(id);
		}
		batch(f.mainDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, BASIS, STATUS) "
				+ "VALUES (?, 1, ?, ?, 100, 'THIRD', 'Договор', 'FILED')", rows);
		long claimsBefore = count(f, "SELECT COUNT(*) FROM CLAIMS");
		f.goOffline();
		Map<UUID, BigDecimal> offlineAmount = new HashMap<>();
		Map<UUID, String> offlineBasis = new HashMap<>();
		rows.clear();
		for (int i = 0; i < ROWS; i++) {
			UUID id = claims.get(i);
			offlineAmount.put(id, new BigDecimal(1000 + i).setScale(2));
			offlineBasis.put(id, "Офлайн: основание " + i);
			rows.add(new Object[] { offlineAmount.get(id), offlineBasis.get(id), id });
		}
		batch(f.offlineDb(), "UPDATE CLAIMS SET AMOUNT = ?, BASIS = ?, VERSION = VERSION + 1 WHERE ID = ?", rows);
		List<UUID> created = new ArrayList<>();
		rows.clear();
		for (int i = 0; i < CREATED_OFFLINE; i++) {
			UUID id = UUID.randomUUID();
			rows.add(new Object[] { id, f.procedure, f.creditor2, 10 + i });
			created.add(id);
		}
		batch(f.offlineDb(), "INSERT INTO CLAIMS (ID, VERSION, PROCEDURE_ID, CREDITOR_ID, AMOUNT, QUEUE, STATUS) "
				+ "VALUES (?, 1, ?, ?, ?, 'THIRD', 'FILED')", rows);
		UUID document = UUID.randomUUID();
		String sha256 = Documents.insert(f.offlineDb(), document, f.procedure, "Скан.pdf", DOCUMENT_BYTES, 1);

		SyncReport report;
		long millis;
		int writesDuringSync;
		WritingClients clients = new WritingClients(f.mainDb(), claims, WRITES_PER_SECOND);
		try {
			clients.start();
			int writesBefore = clients.writes.get();
			long start = System.nanoTime();
			report = f.offline.synchronize(new NullProgressMonitor());
			millis = (System.nanoTime() - start) / 1_000_000;
			writesDuringSync = clients.writes.get() - writesBefore;
			clients.awaitMoreWrites(8); // and on after the commit
		} finally {
			clients.close();
		}
		System.out.printf("%s: sync took %d ms under %d clients at %d writes/s (%d client writes during the sync, "
				+ "%d in all, %d client retries on lock waits)%n", kind, millis, WritingClients.CLAIM_FIELDS.size(),
				WRITES_PER_SECOND, writesDuringSync, clients.writes.get(), clients.retries.get());

		assertNull(clients.failure.get(), () -> "a client failed: " + clients.failure.get());
		assertFalse(f.offline.state().isOffline(), "the sync completed");
		assertEquals(CREATED_OFFLINE + 1, report.totalInserted(), "M6");
		assertEquals(sha256, Documents.sha256In(f.mainDb(), f.active.main().dialect(), document),
				"the document's content arrived whole");
		assertEquals(claimsBefore + CREATED_OFFLINE, count(f, "SELECT COUNT(*) FROM CLAIMS"), "M6: nothing inserted twice");
		assertTrue(claimsIn(f.mainDb()).keySet().containsAll(created), "M6: every claim created offline is in main");
		Map<String, Map<UUID, Object>> last = clients.lastValues;
		Map<UUID, Object[]> inMain = claimsIn(f.mainDb());
		for (UUID id : claims) {
			Object[] row = inMain.get(id);
			assertEquals(0, offlineAmount.get(id).compareTo((BigDecimal) row[0]),
					"an offline change no client touched is in main");
			assertEquals(last.get("BASIS").getOrDefault(id, offlineBasis.get(id)), row[1],
					"M1: the client's last value wins over the offline one; the offline value where no client wrote");
			assertEquals(last.get("STATUS").getOrDefault(id, "FILED"), row[2]);
			assertEquals(last.get("QUEUE").getOrDefault(id, "THIRD"), row[3]);
			assertEquals(last.get("FILED_ON").get(id), row[4]);
			assertEquals(1 + clients.writesPerRow.get(id).get() + 1, ((Number) row[5]).intValue(),
					"no client write lost: checkout version + every client write + the sync's one update");
		}
		assertTrue(writesDuringSync > 0, "the clients wrote during the sync");
	}

	/** Claim id → AMOUNT, BASIS, STATUS, QUEUE, FILED_ON, VERSION, read in one go. */
	private static Map<UUID, Object[]> claimsIn(DataSource db) throws Exception {
		Map<UUID, Object[]> rows = new HashMap<>();
		try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
				"SELECT ID, AMOUNT, BASIS, STATUS, QUEUE, FILED_ON, VERSION FROM CLAIMS"); ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				Date filed = rs.getDate(6);
				rows.put(rs.getObject(1, UUID.class), new Object[] { rs.getBigDecimal(2), rs.getString(3), rs.getString(4),
						rs.getString(5), filed == null ? null : filed.toLocalDate(), rs.getLong(7) });
			}
		}
		return rows;
	}

	/** Runs a statement for each row of parameters, over one connection, in one transaction. */
	private static void batch(DataSource db, String sql, List<Object[]> rows) throws Exception {
		try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
			connection.setAutoCommit(false);
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
				statement.addBatch();
			}
			statement.executeBatch();
			connection.commit();
		}
	}

	private static long count(SyncFixture f, String sql, Object... parameters) throws Exception {
		return ((Number) SyncFixture.value(f.mainDb(), sql, parameters)).longValue();
	}
}
