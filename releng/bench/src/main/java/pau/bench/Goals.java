package pau.bench;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Issue 21's goals measured in one run ({@code --goals}): the parts of the run (which main, link, documents and
 * scenarios each goal needs), and afterwards each goal's figure on an H2 and a PostgreSQL main beside the goal,
 * as a table and as a chart of the figure divided by its goal.
 */
final class Goals {

	/** One goal: its item of issue 21, what is measured, the goal, and how its figure is read from the results. */
	private record Goal(String item, String label, String what, double goal, String unit, Predicate<Result> of,
			ToDoubleFunction<Result> figure) {
	}

	private static final String VIEW = "the procedures view, the longest pause ";
	private static final String WIZARD = "the go-offline wizard, the longest pause ";

	private static final List<Goal> GOALS = List.of(
			new Goal("2", "go offline 100 MB over VPN",
					"go offline, 100 MB of documents, over the VPN link: PAU Desk / the link's physical limit", 1.3, "×",
					r -> r.scenario().startsWith(GoOfflineScenario.NAME) && r.linked(),
					r -> r.pau().median() / r.figures().getOrDefault(Result.LINK_LIMIT, Double.NaN)),
			new Goal("3", "sync 1,000 over VPN",
					"sync of 1,000 changed claims over the VPN link / the bare apply over it", 1.5, "×",
					r -> r.scenario().startsWith(SyncScenario.name(1_000)) && r.linked(), Result::ratio),
			new Goal("4", "sync follows the changes",
					"sync of 10 changes from a copy of 50,000 rows / the same from 500", 1.2, "×",
					r -> r.scenario().startsWith(SyncScaleScenario.NAME), Result::ratio),
			new Goal("4", "… by another H2 client",
					"the same, the changes made by another H2 client (B17: the copy read back whole first)", 1.2, "×",
					r -> r.scenario().startsWith(SyncScaleScenario.OTHER_CLIENT), Result::ratio),
			new Goal("5", "go offline in-process",
					"go offline in-process (loopback) / the bare JDBC copy in-process", 1.3, "×",
					r -> r.scenario().startsWith(GoOfflineScenario.NAME) && !r.linked(),
					r -> r.figures().getOrDefault(Result.IN_PROCESS_RATIO, Double.NaN)),
			new Goal("6", "GUI start, 20,000",
					"GUI start to 20,000 procedures listed / a JVM with SWT listing them", 1.3, "×",
					r -> r.scenario().startsWith(StartScenario.NAME), Result::ratio),
			new Goal("6", "GUI scrolling pause",
					"the longest pause scrolling, the view and the wizard (medians of the runs)", 100, "ms",
					r -> r.scenario().startsWith(StartScenario.NAME), r -> longest(r, "scrolling")),
			new Goal("6", "GUI filtering pause",
					"the longest pause filtering, the view and the wizard (medians of the runs)", 100, "ms",
					r -> r.scenario().startsWith(StartScenario.NAME), r -> longest(r, "filtering")));

	private Goals() {
	}

	/** The parts of a --goals run, H2's first: each one main size with its link, documents and scenarios. */
	static List<Options> phases(Options options) {
		List<Options> phases = new ArrayList<>();
		for (boolean postgres : List.of(false, true)) {
			phases.add(options.phase(postgres, 200, true, 100, Set.of("go-offline", "sync"), List.of(1_000)));
			phases.add(options.phase(postgres, 2_000, false, 5, Set.of("go-offline", "status", "sync-scale"), List.of()));
			phases.add(options.phase(postgres, 20_000, false, 5, Set.of("start"), List.of()));
		}
		return phases;
	}

	private static double longest(Result result, String doing) {
		double view = result.figures().getOrDefault(VIEW + doing, Double.NaN);
		double wizard = result.figures().getOrDefault(WIZARD + doing, Double.NaN);
		return Math.max(view, wizard); // NaN when either was not measured
	}

	private static double figure(Goal goal, List<Result> results, boolean postgres) {
		for (Result result : results) {
			if (result.postgres() == postgres && goal.of().test(result)) {
				return goal.figure().applyAsDouble(result);
			}
		}
		return Double.NaN;
	}

	private static String format(Goal goal, double value) {
		if (Double.isNaN(value)) {
			return "not measured";
		}
		return goal.unit().equals("ms") ? String.format(Locale.ROOT, "%.0f ms", value)
				: String.format(Locale.ROOT, "%.2f×", value);
	}

	private static String met(Goal goal, double h2, double postgres) {
		if (Double.isNaN(h2) || Double.isNaN(postgres)) {
			return "not measured on both";
		}
		boolean a = h2 <= goal.goal();
		boolean b = postgres <= goal.goal();
		return a && b ? "**yes**" : a ? "H2 only" : b ? "PostgreSQL only" : "no";
	}

	/** The goals' table (Markdown): each goal's figure on H2 and PostgreSQL beside it. */
	static String markdown(List<Result> results) {
		StringBuilder out = new StringBuilder("| item | measured | goal | H2 main | PostgreSQL main | met |\n");
		out.append("|---|---|--:|--:|--:|---|\n");
		for (Goal goal : GOALS) {
			double h2 = figure(goal, results, false);
			double postgres = figure(goal, results, true);
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", goal.item(), goal.what(),
					format(goal, goal.goal()), format(goal, h2), format(goal, postgres), met(goal, h2, postgres)));
		}
		return out.append('\n').append(start(results)).toString();
	}

	/** Item 7, a start from the class-data archive, is measured, with no ratio for a goal: pau-cli status. */
	private static String start(List<Result> results) {
		StringBuilder out = new StringBuilder("Item 7 (the start from a class-data archive) has no ratio for a goal: "
				+ StatusScenario.NAME + ", whole process,");
		for (boolean postgres : List.of(false, true)) {
			for (Result result : results) {
				if (result.postgres() == postgres && result.scenario().startsWith(StatusScenario.NAME)) {
					out.append(String.format(Locale.ROOT, " %s main %.2f s (its floor, a JVM that connects and runs "
							+ "SELECT 1, %.2f s);", postgres ? "PostgreSQL" : "H2", result.pau().median(),
							result.floorTimes().median()));
				}
			}
		}
		return out.substring(0, out.length() - 1) + ".\n";
	}

	/** The goals' table as plain text, for the console. */
	static String text(List<Result> results) {
		StringBuilder out = new StringBuilder("issue 21's goals (figure on H2 / PostgreSQL, goal):\n");
		for (Goal goal : GOALS) {
			out.append(String.format(Locale.ROOT, "  %s %s: %s / %s (goal %s)%n", goal.item(), goal.what(),
					format(goal, figure(goal, results, false)), format(goal, figure(goal, results, true)),
					format(goal, goal.goal())));
		}
		return out.append("  ").append(start(results)).toString();
	}

	/** The chart: each goal's figure divided by the goal, H2 and PostgreSQL side by side, a line at 1 (the goal). */
	static void chart(Path png, List<Result> results) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Goal goal : GOALS) {
			String label = goal.item() + ": " + goal.label();
			for (boolean postgres : List.of(false, true)) {
				double value = figure(goal, results, postgres);
				data.addValue(Double.isNaN(value) ? null : value / goal.goal(), postgres ? "PostgreSQL main" : "H2 main",
						label);
			}
		}
		CategoryAxis goals = new CategoryAxis();
		goals.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		goals.setMaximumCategoryLabelWidthRatio(0.5f);
		NumberAxis ratio = new NumberAxis("measured ÷ goal (1 = at the goal; shorter is better)");
		ratio.setAutoRangeIncludesZero(true);
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, new Color(0x2471A3));
		renderer.setSeriesPaint(1, new Color(0xC0392B));
		renderer.setItemMargin(0.05);
		CategoryPlot plot = new CategoryPlot(data, goals, ratio, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		ValueMarker atGoal = new ValueMarker(1.0, new Color(0x1E8449), new java.awt.BasicStroke(2f));
		atGoal.setLabel("goal");
		atGoal.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		atGoal.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		plot.addRangeMarker(atGoal);
		JFreeChart chart = new JFreeChart("Issue 21's goals, measured in one run", plot);
		chart.setBackgroundPaint(Color.WHITE);
		ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 560);
	}
}
