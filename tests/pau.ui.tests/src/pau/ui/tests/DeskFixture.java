package pau.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

import pau.app.internal.common.Databases;
import pau.model.Creditor;
import pau.model.Enterprise;
import pau.model.Procedure;
import pau.model.RecordStore;
import pau.model.TaxIds;
import pau.ui.testkit.Bot;

/**
 * What the UI tests share: the real database of the test workspace, unique test data and clean-up of
 * everything a test created.
 */
final class DeskFixture {

	final Bot bot = new Bot();
	final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
	private final List<UUID> enterprises = new ArrayList<>();
	private final List<String> creditorNames = new ArrayList<>();

	RecordStore records() {
		return Databases.records();
	}

	/** A valid 10-digit INN, different for every call. */
	static String validInn() {
		return TaxIds.completeInn10("77" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
	}

	/** Deletes the enterprise (and its procedures) after the test. */
	void cleanUpEnterprise(UUID id) {
		enterprises.add(id);
	}

	void cleanUpCreditor(String name) {
		creditorNames.add(name);
	}

	/** An enterprise with one procedure, written directly to the database. */
	Procedure createProcedure(String debtorName) {
		Enterprise enterprise = new Enterprise();
		enterprise.setName(debtorName);
		enterprise.setInn(validInn());
		enterprise = records().save(enterprise);
		cleanUpEnterprise(enterprise.getId());
		Procedure procedure = new Procedure();
		procedure.setEnterprise(enterprise);
		procedure.setType(pau.model.ProcedureType.OBSERVATION);
		procedure.setCaseNumber("\u0410" + "40-" + suffix + "/2024");
		return records().save(procedure);
	}

	/** Closes editors without saving and deletes what the test created. */
	void tearDown() {
		bot.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
		for (UUID id : enterprises) {
			records().delete(Enterprise.class, id);
		}
		for (Creditor creditor : records().all(Creditor.class)) {
			if (creditorNames.contains(creditor.getName())) {
				records().delete(Creditor.class, creditor.getId());
			}
		}
	}

	/** The localized name of a command, as menus show it. */
	String commandName(String commandId) {
		return bot.syncExec(() -> {
			try {
				return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId).getName();
			} catch (org.eclipse.core.commands.common.NotDefinedException e) {
				throw new AssertionError(e);
			}
		});
	}
}
