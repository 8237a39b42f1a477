package pau.sync.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import pau.store.DurableFiles;
import pau.sync.Mode;
import pau.sync.OfflineState;

/**
 * The persisted mode, in the instance location. Written atomically and durably (temporary file forced
 * to the disk, rename, directory forced), so a crash or power cut leaves either the old or the new
 * state, never a mix or an empty file.
 */
final class ModeStateFile {

	/** The file is missing or cannot be understood: the mode must be rebuilt, never guessed. */
	static final class Unreadable extends Exception {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}

	private final Path file;

	ModeStateFile(Path workspace) {
		this.file = workspace.resolve(".pau-sync").resolve("state.properties");
	}

	/**
	 * The state; MAIN when no state was ever written; {@code known} (what this process knows) when
	 * the file cannot be read.
	 */
	OfflineState read(OfflineState known) {
		if (!Files.exists(file)) {
			return known.isOffline() ? known : OfflineState.MAIN;
		}
		try {
			return readStrict();
		} catch (Unreadable e) {
			org.eclipse.core.runtime.ILog.of(ModeStateFile.class).warn(e.getMessage());
			return known;
		}
	}

	boolean exists() {
		return Files.exists(file);
	}

	/** The state, or {@link Unreadable} when the file is missing, empty or garbled. */
	OfflineState readStrict() throws Unreadable {
		if (!Files.exists(file)) {
			throw new Unreadable(file + " is missing");
		}
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			throw new Unreadable("Cannot read " + file + ": " + e.getMessage());
		}
		String mode = p.getProperty("mode");
		if (Mode.MAIN.name().equals(mode)) {
			return OfflineState.MAIN;
		}
		if (!Mode.OFFLINE.name().equals(mode)) {
			throw new Unreadable(file + " names no mode");
		}
		try {
			return offline(p);
		} catch (RuntimeException e) {
			throw new Unreadable(file + " is garbled: " + e);
		}
	}

	private static OfflineState offline(Properties p) {
		List<UUID> procedures = p.getProperty("procedures", "").isEmpty() ? List.of()
				: Arrays.stream(p.getProperty("procedures").split(",")).map(UUID::fromString).toList();
		return new OfflineState(Mode.OFFLINE, UUID.fromString(p.getProperty("checkoutId")), procedures,
				Instant.parse(p.getProperty("since")), Path.of(p.getProperty("offlineDirectory")),
				p.getProperty("offlineUrl"), UUID.fromString(p.getProperty("originDatabaseId")),
				p.getProperty("originUrl"), Integer.parseInt(p.getProperty("schemaVersion")),
				p.getProperty("lastSync") == null ? null : Instant.parse(p.getProperty("lastSync")));
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
			if (state.lastSync() != null) {
				p.setProperty("lastSync", state.lastSync().toString());
			}
		}
		try {
			java.io.StringWriter text = new java.io.StringWriter();
			p.store(text, "PAU Desk mode; written by the sync engine");
			DurableFiles.write(file, text.toString());
		} catch (IOException e) {
			throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}
