package pau.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the table: a scenario at one main size, PAU Desk's times and its floor's.
 *
 * @param scenario what PAU Desk did, e.g. "go offline, 10 procedures"
 * @param floor what the floor did
 * @param mainSize procedures in main
 * @param pau PAU Desk's wall times
 * @param floorTimes the floor's wall times
 * @param figures further figures of the scenario by name ({@link #IN_PROCESS_RATIO}, {@link #LINK_LIMIT}, the GUI's
 *            pauses), filled as they are measured; what {@link Goals} reads
 */
record Result(String scenario, String floor, int mainSize, Samples pau, Samples floorTimes, Map<String, Double> figures) {

	/** PAU Desk's in-process median over the floor's (the work without the processes' start). */
	static final String IN_PROCESS_RATIO = "in-process ratio";
	/** The link's physical limit in seconds (see {@link Round#noteLink}). */
	static final String LINK_LIMIT = "link limit";

	Result(String scenario, String floor, int mainSize, Samples pau, Samples floorTimes) {
		this(scenario, floor, mainSize, pau, floorTimes, new LinkedHashMap<>());
	}

	/** Whether main was across the relay's link (--latency, --rate). */
	boolean linked() {
		return scenario.contains(" ms away") || scenario.contains(" Mbit/s");
	}

	/** Whether main was a PostgreSQL server (--postgres). */
	boolean postgres() {
		return scenario.endsWith(", PostgreSQL main");
	}

	double ratio() {
		return pau.median() / floorTimes.median();
	}
}
