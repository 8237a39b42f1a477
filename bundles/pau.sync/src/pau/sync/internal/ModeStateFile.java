package pau.sync.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import pau.sync.Mode;
import pau.sync.OfflineState;

/**
 * The persisted mode, in the instance location. Written atomically (temporary file, then rename), so
 * a crash leaves either the old or the new state, never a mix.
 */
final class ModeStateFile {

	private final Path file;

	ModeStateFile(Path workspace) {
		this.file = workspace.resolve(".pau-sync").resolve("state.properties");
	}

	OfflineState read() {
		if (!Files.exists(file)) {
			return OfflineState.MAIN;
		}
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(reader);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
		}
		if (!Mode.OFFLINE.name().equals(p.getProperty("mode"))) {
			return OfflineState.MAIN;
		}
		List<UUID> procedures = p.getProperty("procedures", "").isEmpty() ? List.of()
				: Arrays.stream(p.getProperty("procedures").split(",")).map(UUID::fromString).toList();
		return new OfflineState(Mode.OFFLINE, UUID.fromString(p.getProperty("checkoutId")), procedures,
				Instant.parse(p.getProperty("since")), Path.of(p.getProperty("offlineDirectory")),
				p.getProperty("offlineUrl"), UUID.fromString(p.getProperty("originDatabaseId")),
				p.getProperty("originUrl"), Integer.parseInt(p.getProperty("schemaVersion")));
	}

	void write(OfflineState state) {
		Properties p = new Properties();
		p.setProperty("mode", state.mode().name());
		if (state.isOffline()) {
			p.setProperty("checkoutId", state.checkoutId().toString());
			p.setProperty("procedures", String.join(",", state.procedures().stream().map(UUID::toString).toList()));
			p.setProperty("since", state.since().toString());
			p.setProperty("offlineDirectory", state.offlineDirectory().toString());
			p.setProperty("offlineUrl", state.offlineUrl());
			p.setProperty("originDatabaseId", state.originDatabaseId().toString());
			p.setProperty("originUrl", state.originUrl());
			p.setProperty("schemaVersion", Integer.toString(state.schemaVersion()));
		}
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling("state.properties.tmp");
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				p.store(writer, "PAU Desk mode; written by the sync engine");
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}
