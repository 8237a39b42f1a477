package pau.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;

import pau.model.DataException;
import pau.store.ActiveDatabase;
import pau.store.DatabaseSettings;
import pau.store.StoreFactory;
import pau.sync.OfflineService;
import pau.sync.SyncException;

/**
 * What the offline-mode commands share: services, exit codes of sync failures, progress lines.
 */
final class SyncCommands {

	private SyncCommands() {
	}

	/** Maps the engine's reason to the public exit codes (SPEC.md, B10). */
	static CliException failure(SyncException e) {
		int code = switch (e.reason()) {
		case UNREACHABLE, BUSY -> ExitCode.MAIN_UNREACHABLE;
		case WRONG_MODE -> ExitCode.WRONG_MODE;
		case REFUSED, DAMAGED -> ExitCode.REFUSED;
		case BAD_REQUEST -> ExitCode.BAD_ARGUMENTS;
		case CHANGED_AGAIN -> ExitCode.CHANGED_AGAIN;
		case FAILED, DISK_FULL -> ExitCode.FAILED;
		};
		return new CliException(code, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
	}

	/** Prints each new sub-task as a line on standard error, so standard output stays for results. */
	static NullProgressMonitor progress(PrintStream err) {
		return new NullProgressMonitor() {
			private String last;

			@Override
			public void subTask(String name) {
				if (name != null && !name.isBlank() && !name.equals(last)) {
					err.println(name);
					last = name;
				}
			}
		};
	}

	/** The ids named by --all, --procedure or --case, checked against the main database. */
	static List<UUID> procedures(CliArguments arguments, ActiveDatabase active) throws CliException {
		boolean all = arguments.flag("all"); //$NON-NLS-1$
		String ids = arguments.value("procedure", null); //$NON-NLS-1$
		String cases = arguments.value("case", null); //$NON-NLS-1$
		int given = (all ? 1 : 0) + (ids != null ? 1 : 0) + (cases != null ? 1 : 0);
		if (given != 1) {
			throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.GoOffline_chooseOne);
		}
		if (ids != null) {
			List<UUID> result = new ArrayList<>();
			for (String id : ids.split(",")) { //$NON-NLS-1$
				try {
					result.add(UUID.fromString(id.trim()));
				} catch (IllegalArgumentException e) {
					throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.GoOffline_badId, id));
				}
			}
			return result;
		}
		return null; // resolved against main once it is known to be reachable
	}

	static List<UUID> resolve(CliArguments arguments, List<UUID> explicit, ActiveDatabase active) throws CliException {
		if (explicit != null) {
			return explicit;
		}
		// Ids and case numbers only, by plain SQL: no entity graph is loaded for a large main database.
		java.util.Map<UUID, String> procedures = new java.util.LinkedHashMap<>();
		try (java.sql.Connection connection = active.main().dataSource().getConnection();
				java.sql.Statement statement = connection.createStatement()) {
			statement.setFetchSize(5_000); // H2's server sends 100 rows a request: a round trip each over a VPN
			try (java.sql.ResultSet rows = statement.executeQuery("SELECT ID, CASE_NUMBER FROM PROCEDURES ORDER BY CASE_NUMBER")) { //$NON-NLS-1$
				while (rows.next()) {
					procedures.put(rows.getObject(1, UUID.class), rows.getString(2));
				}
			}
		} catch (java.sql.SQLException e) {
			String url = active.mainSettings().url();
			throw new CliException(ExitCode.MAIN_UNREACHABLE,
					"pau-cli: " + Messages.bind(Messages.Cli_cannotRead, url, pau.store.DatabaseFault.explain(e, url)), e); //$NON-NLS-1$
		} catch (DataException e) {
			// It answers but cannot be used (an older or newer schema, not a PAU Desk database): refused.
			// Those refusals have no driver failure under them.
			throw new CliException(e.getCause() == null ? ExitCode.REFUSED : ExitCode.MAIN_UNREACHABLE, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		}
		String cases = arguments.value("case", null); //$NON-NLS-1$
		if (cases == null) {
			return List.copyOf(procedures.keySet());
		}
		// Normalizing changes no digit: only main's case numbers with a wanted number's digits are normalized
		// (two regular expressions each, for all 2,000 procedures of a main, cost going offline ~20 ms).
		String[] wantedNumbers = cases.split(","); //$NON-NLS-1$
		Set<String> wantedDigits = new java.util.HashSet<>();
		for (String wanted : wantedNumbers) {
			wantedDigits.add(digits(wanted));
		}
		java.util.Map<String, List<UUID>> byCase = new java.util.HashMap<>();
		procedures.forEach((id, number) -> {
			if (wantedDigits.contains(digits(number))) {
				byCase.computeIfAbsent(pau.model.Procedure.normalizeCaseNumber(number), k -> new java.util.ArrayList<>()).add(id);
			}
		});
		Set<UUID> result = new LinkedHashSet<>();
		for (String wanted : wantedNumbers) {
			List<UUID> matches = byCase.getOrDefault(pau.model.Procedure.normalizeCaseNumber(wanted), List.of());
			if (matches.isEmpty()) {
				throw new CliException(ExitCode.BAD_ARGUMENTS, Messages.bind(Messages.GoOffline_unknownCase, wanted.trim()));
			}
			result.addAll(matches);
		}
		return List.copyOf(result);
	}

	/** The digits of a case number, in order. */
	private static String digits(String caseNumber) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; caseNumber != null && i < caseNumber.length(); i++) {
			if (Character.isDigit(caseNumber.charAt(i))) {
				digits.append(caseNumber.charAt(i));
			}
		}
		return digits.toString();
	}

	/** Points the workspace at the main database given on the command line, and checks it answers. */
	static void useMain(ActiveDatabase active, DatabaseSettings settings) throws CliException {
		StoreFactory factory = Services.get(StoreFactory.class);
		try {
			factory.checkReachable(settings, java.time.Duration.ofSeconds(10), true); // its connection serves the work right after
		} catch (DataException e) {
			throw new CliException(ExitCode.MAIN_UNREACHABLE, "pau-cli: " + e.getMessage(), e); //$NON-NLS-1$
		}
		DatabaseSettings current = active.mainSettings();
		if (!current.equals(settings)) {
			active.setMainSettings(settings);
		}
	}

	static OfflineService offline() throws CliException {
		return Services.get(OfflineService.class);
	}
}
