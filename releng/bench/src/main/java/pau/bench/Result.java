package pau.bench;

/**
 * One line of the table: a scenario at one main size, PAU Desk's times and its floor's.
 *
 * @param scenario what PAU Desk did, e.g. "go offline, 10 procedures"
 * @param floor what the floor did
 * @param mainSize procedures in main
 * @param pau PAU Desk's wall times
 * @param floorTimes the floor's wall times
 */
record Result(String scenario, String floor, int mainSize, Samples pau, Samples floorTimes) {

	double ratio() {
		return pau.median() / floorTimes.median();
	}
}
