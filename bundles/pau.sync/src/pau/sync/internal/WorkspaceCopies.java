package pau.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.h2.jdbcx.JdbcDataSource;

import pau.store.DatabaseSettings;
import pau.store.DurableFiles;
import pau.store.OfflineKeys;
import pau.store.StoreFactory;
import pau.sync.Mode;
import pau.sync.OfflineState;

/**
 * The offline copies in a workspace ({@code offline/<checkoutId>/}) and the ones set aside
 * ({@code quarantine/}). Start-up never deletes a copy it cannot account for: it moves it to the
 * quarantine, where it stays with its key until someone decides; and when the mode file is lost, the
 * mode is rebuilt from the copy's own SYNC_INFO.
 */
final class WorkspaceCopies {

	private final Path offline;
	private final Path quarantine;

	WorkspaceCopies(Path workspace) {
		this.offline = workspace.resolve("offline"); //$NON-NLS-1$
		this.quarantine = workspace.resolve("quarantine"); //$NON-NLS-1$
	}

	Path quarantineDirectory() {
		return quarantine;
	}

	/** Folders under offline/, newest first. */
	List<Path> copies() {
		return list(offline);
	}

	/** Folders set aside, newest first. */
	List<Path> quarantined() {
		return list(quarantine);
	}

	private static List<Path> list(Path root) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(root)) {
			return paths.filter(Files::isDirectory).sorted(Comparator.comparing(WorkspaceCopies::modified).reversed()).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static Instant modified(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant();
		} catch (IOException e) {
			return Instant.EPOCH;
		}
	}

	/** Moves a copy into the quarantine; returns where it is now. */
	Path setAside(Path copy) throws IOException {
		Files.createDirectories(quarantine);
		Path target = quarantine.resolve(copy.getFileName());
		if (Files.exists(target)) {
			target = quarantine.resolve(copy.getFileName() + "-" + Instant.now().toEpochMilli()); //$NON-NLS-1$
		}
		Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
		DurableFiles.forceDirectory(quarantine);
		DurableFiles.forceDirectory(offline);
		ILog.of(WorkspaceCopies.class).warn("Offline copy " + copy + " is not named by the mode; set aside in " + target); //$NON-NLS-1$ //$NON-NLS-2$
		return target;
	}

	/**
	 * The mode as the copy records it (SYNC_INFO, SYNC_PROCEDURES), read without changing the file;
	 * null when the folder holds no complete copy or its key is not available.
	 */
	OfflineState stateOf(Path copy, StoreFactory factory) {
		UUID checkoutId;
		try {
			checkoutId = UUID.fromString(copy.getFileName().toString());
		} catch (IllegalArgumentException e) {
			return null;
		}
		try {
			DatabaseSettings settings = factory.offlineSettings(copy, OfflineKeys.get(checkoutId.toString()));
			JdbcDataSource source = new JdbcDataSource();
			source.setURL(settings.url() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0"); //$NON-NLS-1$
			source.setUser(settings.user());
			source.setPassword(settings.password());
			try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
				List<UUID> procedures = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery("SELECT ID FROM SYNC_PROCEDURES ORDER BY ID")) { //$NON-NLS-1$
					while (rows.next()) {
						procedures.add(rows.getObject(1, UUID.class));
					}
				}
				try (ResultSet info = statement.executeQuery(
						"SELECT ID, ORIGIN_DATABASE_ID, ORIGIN_URL, SCHEMA_VERSION, CHECKED_OUT_AT FROM SYNC_INFO")) { //$NON-NLS-1$
					if (!info.next() || !checkoutId.equals(info.getObject(1, UUID.class))) {
						return null;
					}
					return new OfflineState(Mode.OFFLINE, checkoutId, procedures, info.getTimestamp(5).toInstant(), copy,
							settings.url(), info.getObject(2, UUID.class), info.getString(3), info.getInt(4));
				}
			}
		} catch (SQLException | RuntimeException e) {
			ILog.of(WorkspaceCopies.class).warn("Cannot read the mode from " + copy + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	/** Deletes a folder and everything in it; a failure is logged, not thrown. */
	static void deleteTree(Path directory) {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			ILog.of(WorkspaceCopies.class).warn("Cannot delete " + directory, e); //$NON-NLS-1$
		}
	}
}
